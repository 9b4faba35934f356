package dev.runbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site goal's decisions, without Maven: parameters are set as Maven would inject them. */
class SiteMojoTest {
  @TempDir Path project;
  private final RecordingLog log = new RecordingLog();
  private SiteMojo mojo;
  private Path site;

  @BeforeEach
  void validProject() throws IOException {
    Files.createDirectories(project.resolve("runbooks"));
    for (String name : List.of("README.md", "cold-start.md")) {
      try (InputStream in = getClass().getResourceAsStream("/project/runbooks/" + name)) {
        Files.copy(in, project.resolve("runbooks").resolve(name));
      }
    }
    site = project.resolve("target/runbook-site");
    mojo = new SiteMojo();
    mojo.setLog(log);
    mojo.basedir = project.toFile();
    mojo.executionRoot = project.toFile();
    mojo.outputDirectory = site.toFile();
    mojo.failOn = "error";
    mojo.today = "2026-11-28";
  }

  private void breakALink() throws IOException {
    Path runbook = project.resolve("runbooks/cold-start.md");
    Files.writeString(runbook, Files.readString(runbook).replace("[Index](README.md)", "[Gone](gone.md)"));
  }

  @Test
  void publishesAndSaysWhereAndHowManyPages() throws Exception {
    mojo.execute();

    assertThat(log.lines).hasSize(1);
    assertThat(log.lines.get(0)).matches("\\[INFO] runbook: published runbooks to target/runbook-site: \\d+ pages,"
        + " \\d+ files; findings shown on the pages: 0 errors, 0 warnings, 0 infos");
    assertThat(site.resolve("index.html")).isRegularFile();
    assertThat(site.resolve("cold-start.html")).content().contains("href=\"index.html\"");
    assertThat(site.resolve("sitemap.xml")).doesNotExist();
  }

  @Test
  void aBaseUrlAddsTheSitemap() throws Exception {
    mojo.baseUrl = "https://ops.example.com/runbooks";

    mojo.execute();

    assertThat(site.resolve("sitemap.xml")).content().contains("https://ops.example.com/runbooks/cold-start.html");
  }

  @Test
  void withoutStrictFindingsAreCountedAndTheSiteIsWritten() throws Exception {
    breakALink();

    mojo.execute();

    assertThat(log.lines).noneMatch(l -> l.contains("RB301"));
    assertThat(log.lines.get(log.lines.size() - 1)).endsWith("findings shown on the pages: 1 error, 0 warnings, 0 infos");
    assertThat(site.resolve("cold-start.html")).content().contains("RB301");
  }

  @Test
  void strictFailsLikeCheckAndKeepsThePreviousSite() throws Exception {
    mojo.execute();
    byte[] before = Files.readAllBytes(site.resolve("cold-start.html"));
    log.lines.clear();
    breakALink();
    mojo.strict = true;

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("1 runbook violation in runbooks (1 error; failOn is error): see the lines above;"
            + " the site was not written because strict is true");
    assertThat(log.lines).hasSize(1);
    assertThat(log.lines.get(0)).matches("\\[ERROR] runbooks/cold-start\\.md:\\[\\d+,\\d+] RB301 broken-link: .*gone\\.md.*");
    assertThat(Files.readAllBytes(site.resolve("cold-start.html"))).isEqualTo(before);
  }

  @Test
  void strictPublishesBelowTheFailLevel() throws Exception {
    Path runbook = project.resolve("runbooks/cold-start.md");
    Files.writeString(runbook, Files.readString(runbook).replace("owner: team-sre\n", ""));
    mojo.strict = true;

    mojo.execute();
    assertThat(log.lines.get(0)).startsWith("[WARNING] runbooks/cold-start.md:[").contains("RB405 owner-missing");
    assertThat(site.resolve("index.html")).isRegularFile();

    mojo.failOn = "warning";
    Files.delete(site.resolve("index.html"));
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 runbook violation in runbooks (0 errors, 1 warning; failOn is warning)");
    assertThat(site.resolve("index.html")).doesNotExist();
  }

  @Test
  void skipDoesNothing() throws Exception {
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] runbook: site skipped");
    assertThat(project.resolve("target")).doesNotExist();
  }

  @Test
  void aMissingDefaultFolderIsNothingToDo() throws Exception {
    mojo.basedir = project.resolve("docs").toFile();

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] runbook: no folder docs/runbooks, nothing to publish"
        + " (set runbookDirectory if your runbooks live elsewhere)");
    assertThat(site).doesNotExist();
  }

  @Test
  void aFolderThatIsNotASiteIsRefusedInOneSentence() throws Exception {
    Files.createDirectories(site);
    Files.writeString(site.resolve("notes.txt"), "mine");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("outputDirectory: refusing to replace " + site)
        .hasMessageContaining("Nothing was changed: choose another output folder");
    assertThat(site.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void aSiteItBuiltIsReplacedButNotOnceSomeonesFileIsInIt() throws Exception {
    mojo.execute();
    mojo.execute();
    assertThat(site.resolve("index.html")).isRegularFile();
    Files.writeString(site.resolve("important.txt"), "mine");
    byte[] index = Files.readAllBytes(site.resolve("index.html"));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("outputDirectory: refusing to replace " + site + ": it holds important.txt, "
            + "which the previous build did not write");
    assertThat(site.resolve("important.txt")).hasContent("mine");
    assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(index);
  }

  @Test
  void theRunbookFolderItselfIsRefused() {
    mojo.outputDirectory = project.toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("holds the runbooks themselves");
  }

  @Test
  void badParametersAreOneSentenceErrors() {
    mojo.baseUrl = "ops.example.com";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("baseUrl must be an http(s) URL such as https://ops.example.com/runbooks/, not 'ops.example.com'");

    mojo.baseUrl = null;
    mojo.failOn = "fatal";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("failOn must be error, warning or info, not 'fatal'");

    mojo.failOn = "error";
    mojo.today = "tomorrow";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("today must be a date like 2026-11-28, not 'tomorrow'");
    assertThat(site).doesNotExist();
  }
}
