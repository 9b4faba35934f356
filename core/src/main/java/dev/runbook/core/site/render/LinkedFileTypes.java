package dev.runbook.core.site.render;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of linked file the site publishes, by extension: only kinds a browser shows, plays or
 * downloads but never runs. Pictures, PDFs, text, data and source files, archives, office
 * documents, audio and video; and SVG, which can hold script and is published only after {@link
 * InertSvg} finds none. Everything else (HTML, XML, XHTML, SHTML, XSL, scripts, SVGZ, unknown
 * kinds, files without an extension) is left out. Stateless.
 */
final class LinkedFileTypes {
  private static final Set<String> INERT = Set.of(
      // text, data and source files: shown as text or offered as a download
      "txt", "text", "log", "out", "csv", "tsv", "json", "jsonl", "ndjson", "yaml", "yml", "toml", "ini",
      "conf", "cfg", "properties", "sh", "bash", "zsh", "ps1", "psm1", "bat", "cmd", "py", "rb", "pl",
      "go", "java", "sql", "tf", "hcl", "diff", "patch",
      // pictures (not SVG), PDF, archives, office documents, audio and video
      "png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico", "tif", "tiff",
      "pdf",
      "zip", "gz", "tgz", "tar", "bz2", "xz", "7z", "zst",
      "docx", "xlsx", "pptx", "odt", "ods", "odp",
      "mp3", "mp4", "m4a", "webm", "ogg", "oga", "ogv", "wav", "flac");

  private LinkedFileTypes() {}

  /** True when a file with this extension (lower case, no dot) may be published. */
  static boolean publishable(String extension) {
    return isSvg(extension) || INERT.contains(extension);
  }

  static boolean isSvg(String extension) {
    return extension.equals("svg");
  }

  /** The extension of the last path segment, lower case, without the dot; empty when it has none. */
  static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
