package dev.runbook.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the file for a site path inside the site folder, following symbolic links only when
 * they stay inside it, and names its content type. Stateless.
 */
final class SiteFiles {
  /** What a site path leads to. */
  sealed interface Found permits File, Folder, Missing, Refused {}

  record File(Path path) implements Found {}

  /** A folder asked for without its trailing slash: redirect, so its relative links work. */
  record Folder() implements Found {}

  record Missing() implements Found {}

  /** The path leaves the folder (through a symbolic link): answer as if nothing were there. */
  record Refused() implements Found {}

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("md", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"));

  private SiteFiles() {}

  static Found find(Path folder, String sitePath) throws IOException {
    Path root = folder.toRealPath();
    Path file = root.resolve(sitePath).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      return new Refused();
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Missing();
    }
    Path real = file.toRealPath();
    if (!real.startsWith(root)) {
      return new Refused();
    }
    if (Files.isDirectory(real)) {
      return new Folder();
    }
    return Files.isRegularFile(real) ? new File(real) : new Missing();
  }

  static String contentType(String sitePath) {
    int dot = sitePath.lastIndexOf('.');
    String ext = dot < 0 ? "" : sitePath.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
