package dev.runbook.core.site.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Files other than Markdown that pages link to (pictures, PDFs, text files), published at the
 * same path. Only linked files are published, never a whole folder, and only kinds a browser
 * never runs ({@link LinkedFileTypes}): an SVG only when it holds nothing that could run or fetch
 * ({@link InertSvg}), any other file only when it does not start like markup ({@link
 * MarkupStart}); hidden files never. Each file is decided once per instance: make a new one to
 * decide again after files changed. Thread-safe.
 */
public final class PublishedFiles {
  private static final String NOT_COPIED = "the site does not copy this file";

  private final Path root;
  private final Set<String> taken;
  /** By path: empty when the file is published, else why not. */
  private final ConcurrentHashMap<String, Optional<String>> refusals = new ConcurrentHashMap<>();
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
    return refusal(path).isEmpty();
  }

  /** Why the file at {@code path} is not published, or empty when it is; decides as {@link #publish} does. */
  public Optional<String> refusal(String path) {
    return refusals.computeIfAbsent(path, this::decide);
  }

  private Optional<String> decide(String path) {
    String ext = LinkedFileTypes.extension(path);
    if (hidden(path)) {
      return noted(path, "the site never copies hidden files");
    }
    if (ext.equals("md")) {
      return Optional.of(NOT_COPIED);
    }
    if (!path.isEmpty() && Files.isDirectory(root.resolve(path))) {
      return noted(path, "it is a folder, and the site publishes no folder listings as GitHub shows them:"
          + " link to a page or a file in it");
    }
    if (taken.contains(path)) {
      return noted(path, "the site writes one of its own pages there");
    }
    if (!LinkedFileTypes.publishable(ext)) {
      return noted(path, (ext.isEmpty() ? "a file without an extension" : "." + ext + " is not a kind of file that")
          + " the site publishes: only pictures, PDFs, text, archives, office documents, audio and video,"
          + " which a browser never runs");
    }
    Path file = root.resolve(path);
    try {
      if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
        return Optional.of(NOT_COPIED);
      }
      Optional<String> active = activeContent(ext, file);
      if (active.isPresent()) {
        return noted(path, active.get());
      }
    } catch (IOException e) {
      return noted(path, "it cannot be read: " + e.getMessage());
    }
    published.add(path);
    return Optional.empty();
  }

  /** Why the file's content could run in a browser, or empty. */
  private static Optional<String> activeContent(String ext, Path file) throws IOException {
    if (LinkedFileTypes.isSvg(ext)) {
      return InertSvg.problem(file);
    }
    return MarkupStart.looksLikeMarkup(file)
        ? Optional.of("it looks like markup (it starts with <), which a browser could show as a web page")
        : Optional.empty();
  }

  private Optional<String> noted(String path, String reason) {
    notes.add(path + " is linked but not published: " + reason);
    return Optional.of(reason);
  }

  private static boolean hidden(String path) {
    for (String part : path.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
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
