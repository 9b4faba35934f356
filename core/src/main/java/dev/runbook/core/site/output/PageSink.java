package dev.runbook.core.site.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Writes pages and files into the staging folder as they are made, so the site is never held in
 * memory, and hands every page to the verifier. Thread-safe.
 */
public final class PageSink {
  private final Path folder;
  private final SiteVerifier verifier;
  private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger files = new AtomicInteger();
  private final IntConsumer progress;

  /** @param progress told the number of pages written after each page */
  public PageSink(Path folder, SiteVerifier verifier, IntConsumer progress) {
    this.folder = folder;
    this.verifier = verifier;
    this.progress = progress;
  }

  /** Writes an HTML page at a site path and inspects it. */
  public void page(String path, String html) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    Files.write(prepare(path), bytes);
    verifier.inspect(path, html);
    files.incrementAndGet();
    progress.accept(pages.incrementAndGet());
  }

  /** Writes any other file at a site path. */
  public void file(String path, byte[] bytes) throws IOException {
    Files.write(prepare(path), bytes);
    files.incrementAndGet();
  }

  /** Copies a file from disk to a site path. */
  public void copy(Path source, String path) throws IOException {
    Files.copy(source, prepare(path));
    files.incrementAndGet();
  }

  /** Opens a stream for a large generated file at a site path. */
  public OutputStream open(String path) throws IOException {
    files.incrementAndGet();
    return Files.newOutputStream(prepare(path));
  }

  private Path prepare(String path) throws IOException {
    Path file = folder.resolve(path);
    if (!file.normalize().startsWith(folder)) {
      throw new IOException("site path " + path + " leaves the output folder");
    }
    Path parent = file.getParent();
    if (madeFolders.add(parent)) {
      Files.createDirectories(parent);
    }
    return file;
  }

  public int pages() {
    return pages.get();
  }

  /** Files written, the marker not counted. */
  public int files() {
    return files.get();
  }
}
