package dev.runbook.core.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site path needed both as a file and as a folder is refused with what to rename, either way round. */
class PageSinkClashTest {
  @TempDir Path site;

  @Test
  void aFileWhereAFolderMustGoSaysWhatToRename() throws IOException {
    PageSink sink = new PageSink(site, new SiteVerifier(), n -> { });
    sink.page("foo.html", "<!DOCTYPE html><title>Foo</title>");
    assertThatThrownBy(() -> sink.file("foo.html/diagram.png", "PNG".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class)
        .hasMessage("the site needs foo.html both as a file and as a folder: rename the file or the folder in"
            + " your runbooks that gives it that name");
  }

  @Test
  void aFolderWhereAFileMustGoSaysWhatToRename() throws IOException {
    PageSink sink = new PageSink(site, new SiteVerifier(), n -> { });
    sink.file("docs/foo.html/diagram.png", "PNG".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> sink.page("docs/foo.html", "<!DOCTYPE html><title>Foo</title>"))
        .hasMessageStartingWith("the site needs docs/foo.html both as a file and as a folder");
    assertThat(site.resolve("docs/foo.html/diagram.png")).hasContent("PNG");
  }

  @Test
  void aServedSiteSaysTheSameAndLeavesNoPartFileBehind() throws IOException {
    PageSink sink = PageSink.replacing(site, p -> { });
    sink.file("foo.html/diagram.png", "PNG".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> sink.page("foo.html", "<!DOCTYPE html><title>Foo</title>"))
        .hasMessageStartingWith("the site needs foo.html both as a file and as a folder");
    try (var files = java.nio.file.Files.list(site)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("foo.html");
    }
    assertThat(site.resolve("foo.html/diagram.png")).hasContent("PNG");
  }
}
