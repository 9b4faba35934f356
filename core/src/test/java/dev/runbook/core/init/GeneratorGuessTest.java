package dev.runbook.core.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorGuessTest {
  @TempDir Path dir;

  @Test
  void mkdocsWithItsSitePath() throws Exception {
    Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Ops\nsite_url: https://example.org/ops/\n");
    Path docs = Files.createDirectories(dir.resolve("docs"));
    GeneratorGuess g = GeneratorGuess.of(docs, dir);
    assertThat(g.urlStyle()).isEqualTo("mkdocs");
    assertThat(g.slugs()).isEqualTo("mkdocs");
    assertThat(g.basePath()).contains("/ops/");
  }

  @Test
  void hugoFromItsFolderPagesAndConfig() throws Exception {
    Files.writeString(dir.resolve("config.toml"), "baseURL = \"https://runbooks.example.org/\"\n");
    Path content = Files.createDirectories(dir.resolve("content/runbooks"));
    Files.writeString(content.resolve("_index.md"), "# Runbooks\n");
    GeneratorGuess g = GeneratorGuess.of(dir.resolve("content"), dir);
    assertThat(g.urlStyle()).isEqualTo("hugo");
    assertThat(g.basePath()).isEmpty();
  }

  @Test
  void middlemanFromItsFileNames() throws Exception {
    Path source = Files.createDirectories(dir.resolve("source/manual"));
    Files.writeString(source.resolve("cdn.html.md"), "# CDN\n");
    assertThat(GeneratorGuess.of(dir.resolve("source"), dir.resolve("source")).urlStyle()).isEqualTo("middleman");
  }

  @Test
  void jekyllWithItsBaseUrl() throws Exception {
    Files.writeString(dir.resolve("_config.yml"), "title: Ops\nbaseurl: \"/handbook\"\n");
    GeneratorGuess g = GeneratorGuess.of(dir, dir);
    assertThat(g.urlStyle()).isEqualTo("jekyll");
    assertThat(g.slugs()).isEqualTo("kramdown");
    assertThat(g.basePath()).isEqualTo(Optional.of("/handbook/"));
  }

  @Test
  void plainMarkdownIsOurs() throws Exception {
    Files.writeString(dir.resolve("a.md"), "# A\n");
    assertThat(GeneratorGuess.of(dir, dir)).isEqualTo(GeneratorGuess.NONE);
  }

  @Test
  void theSearchStopsAtTheRepository() throws Exception {
    Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Someone else's\n");
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path runbooks = Files.createDirectories(repo.resolve("runbooks"));
    assertThat(GeneratorGuess.of(runbooks, dir).urlStyle()).isEqualTo("runbook");
  }

  @Test
  void aMiddlemanRootBelowItsSourceFolderIsServedUnderThatFolder() throws Exception {
    Files.writeString(dir.resolve("config.rb"), "activate :sprockets\n");
    Path manual = Files.createDirectories(dir.resolve("source/manual"));
    Files.writeString(manual.resolve("cdn.html.md"), "# CDN\n");
    GeneratorGuess g = GeneratorGuess.of(manual, dir);
    assertThat(g.urlStyle()).isEqualTo("middleman");
    assertThat(g.basePath()).contains("/manual/");
    assertThat(GeneratorGuess.of(dir.resolve("source"), dir).basePath()).isEmpty();
  }

  @Test
  void aMiddlemanSourceFolderOfItsOwnName() throws Exception {
    Files.writeString(dir.resolve("config.rb"), "set :source, 'site'\nactivate :sprockets\n");
    Path ops = Files.createDirectories(dir.resolve("site/docs/ops"));
    assertThat(GeneratorGuess.of(ops, dir).basePath()).contains("/docs/ops/");
  }

  @Test
  void aRootBelowTheContentFolderAddsItsFolderToTheSitesOwnPath() throws Exception {
    Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Ops\nsite_url: https://example.org/ops/\n");
    assertThat(GeneratorGuess.of(Files.createDirectories(dir.resolve("docs/runbooks")), dir).basePath())
        .contains("/ops/runbooks/");

    Path hugo = Files.createDirectories(dir.resolve("hugo"));
    Files.writeString(hugo.resolve("hugo.toml"), "contentDir = \"pages\"\n");
    assertThat(GeneratorGuess.of(Files.createDirectories(hugo.resolve("pages/Run Books")), hugo).basePath())
        .contains("/run-books/");

    Path jekyll = Files.createDirectories(dir.resolve("jekyll"));
    Files.writeString(jekyll.resolve("_config.yml"), "baseurl: /handbook\n");
    assertThat(GeneratorGuess.of(Files.createDirectories(jekyll.resolve("docs")), jekyll).basePath())
        .contains("/handbook/docs/");
  }
}
