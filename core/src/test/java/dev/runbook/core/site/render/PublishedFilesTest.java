package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedFilesTest {
  @TempDir Path root;

  @Test
  void publishesLinkedPicturesButNeverHtmlScriptsOrActiveSvg() throws Exception {
    Files.writeString(root.resolve("diagram.png"), "png");
    Files.writeString(root.resolve("notes.txt"), "text");
    Files.writeString(root.resolve("page.html"), "<script>alert(1)</script>");
    Files.writeString(root.resolve("tool.js"), "alert(1)");
    Files.writeString(root.resolve("plain.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
    Files.writeString(root.resolve("active.svg"), "<svg onload=\"alert(1)\"></svg>");
    Files.writeString(root.resolve("review.html"), "x");
    Files.createDirectories(root.resolve(".secrets"));
    Files.writeString(root.resolve(".secrets/token.txt"), "secret");
    Files.writeString(root.resolve(".env"), "TOKEN=x");
    PublishedFiles files = new PublishedFiles(root.toRealPath(), Set.of("review.html", "taken.png"));
    assertThat(files.publish("diagram.png")).isTrue();
    assertThat(files.publish("notes.txt")).isTrue();
    assertThat(files.publish("plain.svg")).isTrue();
    assertThat(files.publish("page.html")).isFalse();
    assertThat(files.publish("tool.js")).isFalse();
    assertThat(files.publish("active.svg")).isFalse();
    assertThat(files.publish("review.html")).isFalse();
    assertThat(files.publish("missing.png")).isFalse();
    assertThat(files.publish(".secrets/token.txt")).isFalse();
    assertThat(files.publish(".env")).isFalse();
    assertThat(files.published()).containsExactly("diagram.png", "notes.txt", "plain.svg");
    assertThat(files.notes()).hasSize(6).anyMatch(n -> n.startsWith("active.svg") && n.contains("scripts"));
  }

  @Test
  void neverFollowsALinkOutOfTheRoot(@TempDir Path outside) throws Exception {
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(root.resolve("secret.txt"), outside.resolve("secret.txt"));
    PublishedFiles files = new PublishedFiles(root.toRealPath(), Set.of());
    assertThat(files.publish("secret.txt")).isFalse();
  }
}
