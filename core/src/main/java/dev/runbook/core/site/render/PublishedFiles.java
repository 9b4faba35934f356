package dev.runbook.core.site.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;

/**
 * Files other than Markdown that pages link to (pictures, PDFs, text files), published at the
 * same path. Only linked files are published, never a whole folder; HTML, scripts and hidden
 * files never are, and an SVG only when it holds nothing that could run. Thread-safe.
 */
public final class PublishedFiles {
  private static final Set<String> NEVER =
      Set.of("md", "html", "htm", "xhtml", "xht", "js", "mjs", "svgz");
  private static final Pattern ACTIVE_SVG =
      Pattern.compile("(?i)<script|<foreignobject|\\son[a-z]+\\s*=|javascript:|data:text/html|<!entity");
  private static final long MAX_SVG_BYTES = 2L * 1024 * 1024;

  private final Path root;
  private final Set<String> taken;
  private final ConcurrentHashMap<String, Boolean> decided = new ConcurrentHashMap<>();
  private final SortedSet<String> published = new ConcurrentSkipListSet<>();
  private final SortedSet<String> notes = new ConcurrentSkipListSet<>();

  /**
   * @param root the runbook root (a real path)
   * @param taken site paths the site writes itself: a linked file there is not copied
   */
  public PublishedFiles(Path root, Set<String> taken) {
    this.root = root;
    this.taken = Set.copyOf(taken);
  }

  /** True when the file at {@code path} (relative to the root) is published; remembers it. */
  public boolean publish(String path) {
    return decided.computeIfAbsent(path, this::decide);
  }

  private boolean decide(String path) {
    String ext = extension(path);
    if (hidden(path)) {
      notes.add(path + " is linked but not published: the site never copies hidden files");
      return false;
    }
    if (NEVER.contains(ext) || taken.contains(path)) {
      if (!ext.equals("md")) {
        notes.add(path + " is linked but not published: the site never copies HTML or scripts,"
            + " nor files over its own pages");
      }
      return false;
    }
    Path file = root.resolve(path);
    try {
      if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
        return false;
      }
      if (ext.equals("svg") && !inertSvg(file)) {
        notes.add(path + " is linked but not published: the SVG holds scripts or event handlers");
        return false;
      }
    } catch (IOException e) {
      notes.add(path + " is linked but cannot be read: " + e.getMessage());
      return false;
    }
    published.add(path);
    return true;
  }

  private static boolean hidden(String path) {
    for (String part : path.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean inertSvg(Path file) throws IOException {
    if (Files.size(file) > MAX_SVG_BYTES) {
      return false;
    }
    return !ACTIVE_SVG.matcher(Files.readString(file, StandardCharsets.ISO_8859_1)).find();
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Paths published so far, sorted. */
  public SortedSet<String> published() {
    return published;
  }

  /** Linked files that were not published, and why; sorted. */
  public List<String> notes() {
    return List.copyOf(notes);
  }
}
