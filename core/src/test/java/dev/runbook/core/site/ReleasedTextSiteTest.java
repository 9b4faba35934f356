package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.model.PackedLines;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.TextChangedException;
import dev.runbook.core.publish.SitePublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site build lets a drafted runbook's text go once the file is checked, and reads it back from
 * the file when a page must be rendered again (here: a link the site does not publish). When the
 * file has changed in between, the build stops instead of publishing a page of the new text
 * beside the findings of the old.
 */
class ReleasedTextSiteTest {
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  private static final String MIRROR = "# Mirror\n\n## Overview\n\nFetch it from [the mirror](ftp://mirror.example.org/pkg).\n";

  @TempDir Path root;
  @TempDir Path out;

  private final CheckRunner plain = new CheckRunner();
  private final SitePublisher publisher = new SitePublisher(plain.rules());
  private CheckOptions options;
  private CheckResult result;

  @BeforeEach
  void checked() throws Exception {
    // Nothing to find but the one the site itself will see: a finding reads its line back at once.
    Files.writeString(root.resolve("runbook.yml"), "sections: [Overview]\nrules: {RB201: off, RB304: off, RB401: off, RB405: off}\n");
    Files.writeString(root.resolve("mirror.md"), MIRROR);
    Files.writeString(root.resolve("other.md"), "# Other\n\n## Overview\n\nSee [Mirror](mirror.md).\n");
    options = CheckOptions.of(root, root, TODAY);
    result = plain.withTrees(publisher::renderer).run(options);
    assertThat(result.report().diagnostics()).isEmpty();
  }

  private PackedLines text(String path) {
    Runbook doc = result.set().get(path).orElseThrow();
    return (PackedLines) doc.lines();
  }

  @Test
  void aDraftedRunbooksTextIsLetGoAndReadBackForThePageRenderedAgain() throws Exception {
    assertThat(text("mirror.md").released()).isTrue();
    assertThat(text("other.md").released()).isTrue();

    publisher.publish(out, Optional.empty(), options, result);

    assertThat(Files.readString(out.resolve("mirror.html"))).contains("Fetch it from").contains("the mirror")
        .doesNotContain("ftp://");
    assertThat(text("mirror.md").released()).as("read back for its page").isFalse();
    assertThat(text("mirror.md")).containsExactlyElementsOf(MIRROR.lines().toList());
    assertThat(text("other.md").released()).as("finished from its draft").isTrue();
  }

  @Test
  void aRunbookChangedBeforeItsTextIsReadBackStopsTheBuild() throws Exception {
    Files.writeString(root.resolve("mirror.md"), MIRROR.replace("Fetch", "Fetch\nand check"));

    assertThatThrownBy(() -> publisher.publish(out, Optional.empty(), options, result))
        .isInstanceOf(TextChangedException.class)
        .hasMessageContaining("mirror.md changed while runbook ran; run the command again");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void aRunbookDeletedBeforeItsTextIsReadBackStopsTheBuildNamingIt() throws Exception {
    Files.delete(root.resolve("mirror.md"));

    assertThatThrownBy(() -> publisher.publish(out, Optional.empty(), options, result))
        .isInstanceOf(TextChangedException.class)
        .hasMessageContaining("mirror.md cannot be read again while runbook runs").hasMessageContaining("run the command again");
    assertThat(out).isEmptyDirectory();
  }
}
