package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.site.output.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is replaced only when its {@code .runbook-site} marker proves every file in
 * it came from a build; anything else is refused and left byte for byte as it was.
 */
class OutputFolderSafetyTest {
  /** The marker runbook 0.1 wrote: one sentence, no list of files. */
  private static final String OLD_MARKER =
      "This folder is a site written by 'runbook build'. The next build replaces all of it.\n";

  @TempDir Path tmp;

  @Test
  void anEmptyMarkerBesideSomeonesFileIsRefused() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(folder.resolve("important.txt"), "do not lose me");
    Files.writeString(folder.resolve(OutputFolder.MARKER), "");
    assertRefusedAndUntouched(folder, "its .runbook-site file was not written by runbook (it is empty)");
  }

  @Test
  void aMarkerRunbookDidNotWriteIsRefused() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(folder.resolve("index.html"), "<p>mine</p>");
    Files.writeString(folder.resolve(OutputFolder.MARKER), "index.html\n");
    assertRefusedAndUntouched(folder,
        "its .runbook-site file was not written by runbook (it does not start with 'runbook-site 2')");
  }

  @Test
  void aFileAddedToABuiltSiteIsRefusedByName() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixtures.build("fixture", site);
    Files.writeString(site.resolve("important.txt"), "do not lose me");
    assertRefusedAndUntouched(site, "it holds important.txt, which the previous build did not write");
  }

  @Test
  void aFolderAddedToABuiltSiteIsRefusedByName() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixtures.build("fixture", site);
    Files.createDirectories(site.resolve("database/notes"));
    assertRefusedAndUntouched(site, "it holds database/notes/, which the previous build did not write");
  }

  @Test
  void theMarkerListsEveryFileTheBuildWrote() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixtures.build("fixture", site);
    List<String> lines = Files.readAllLines(site.resolve(OutputFolder.MARKER));
    assertThat(lines.get(0)).isEqualTo("runbook-site 2");
    List<String> listed = lines.stream().skip(1).filter(l -> !l.startsWith("#")).toList();
    List<String> files = new ArrayList<>(snapshot(site).keySet().stream()
        .filter(p -> !p.endsWith("/") && !p.equals(OutputFolder.MARKER)).toList());
    assertThat(listed).containsExactlyElementsOf(files).contains("index.html", "-/assets/runbook.css");
  }

  @Test
  void anEarlierVersionsSiteIsReplacedWhenThisBuildWritesAllOfIt() throws Exception {
    Path site = earlierVersionsSite();
    Files.writeString(site.resolve("index.html"), "an old home page");
    SiteFixtures.build("fixture", site);
    assertThat(Files.readString(site.resolve("index.html"))).contains("<html");
    assertThat(Files.readString(site.resolve(OutputFolder.MARKER))).startsWith("runbook-site 2\n");
  }

  @Test
  void anEarlierVersionsSiteWithAFileThisBuildDoesNotWriteIsRefused() throws Exception {
    Path site = earlierVersionsSite();
    Files.writeString(site.resolve("important.txt"), "do not lose me");
    assertRefusedAndUntouched(site, "it was built by an earlier version of runbook, whose .runbook-site does not "
        + "list the files it wrote, and it holds important.txt, which this build does not write");
  }

  /** A site as runbook 0.1 left it: the same files, and its one-sentence marker. */
  private Path earlierVersionsSite() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixtures.build("fixture", site);
    Files.writeString(site.resolve(OutputFolder.MARKER), OLD_MARKER);
    return site;
  }

  /** A build into {@code folder} fails as refused, and nothing in or beside it changed. */
  private void assertRefusedAndUntouched(Path folder, String why) throws IOException {
    Map<String, byte[]> before = snapshot(tmp);
    assertThatThrownBy(() -> SiteFixtures.build("fixture", folder))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("refusing to replace " + folder + ": " + why)
        .hasMessageContaining("Nothing was changed: choose another output folder")
        .satisfies(e -> assertThat(((SiteException) e).kind()).isEqualTo(SiteException.Kind.REFUSED));
    Map<String, byte[]> after = snapshot(tmp);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
  }

  /** Every file (with its bytes) and folder (ending in '/') under {@code folder}. */
  private static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String rel = folder.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p)) {
          out.put(rel + "/", new byte[0]);
        } else {
          out.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return out;
  }
}
