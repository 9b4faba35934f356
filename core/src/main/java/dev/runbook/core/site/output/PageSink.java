package dev.runbook.core.site.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
  /** For a served site: each file replaced by a rename, each written path told. */
  private final Consumer<String> written;
  private final AtomicLong temps = new AtomicLong();
  private final IntConsumer progress;
  private final boolean replace;

  /** @param progress told the number of pages written after each page */
  public PageSink(Path folder, SiteVerifier verifier, IntConsumer progress) {
    this.folder = folder;
    this.verifier = verifier;
    this.progress = progress;
    this.written = null;
    this.replace = false;
  }

  private PageSink(Path folder, Consumer<String> written, boolean replace) {
    this.folder = folder;
    this.verifier = null;
    this.progress = pages -> { };
    this.written = written;
    this.replace = replace;
  }

  /**
   * A sink for a site that is being served while it changes ({@code runbook serve}): every file
   * is written beside its place under a hidden name and renamed over it, so a reader sees the old
   * file or the new one, never half of one; pages are not verified; {@code written} hears every
   * site path written.
   */
  public static PageSink replacing(Path folder, Consumer<String> written) {
    return new PageSink(folder, written, true);
  }

  /**
   * A sink that writes files in place, without verifying, and tells {@code written} every site
   * path: for the first render of a served site, which nobody reads yet.
   */
  public static PageSink recording(Path folder, Consumer<String> written) {
    return new PageSink(folder, written, false);
  }

  /** Writes an HTML page at a site path and inspects it. */
  public void page(String path, String html) throws IOException {
    page(path, html.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes an HTML page, given as UTF-8, at a site path and inspects it. */
  public void page(String path, byte[] utf8) throws IOException {
    write(path, utf8);
    if (verifier != null) {
      verifier.inspect(path, utf8);
    }
    files.incrementAndGet();
    progress.accept(pages.incrementAndGet());
  }

  /** Writes any other file at a site path. */
  public void file(String path, byte[] bytes) throws IOException {
    write(path, bytes);
    files.incrementAndGet();
  }

  /** Copies a file from disk to a site path. */
  public void copy(Path source, String path) throws IOException {
    if (!replace) {
      Path target = prepare(path);
      try {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw explained(target, e);
      }
      if (written != null) {
        written.accept(path);
      }
    } else {
      Path target = prepare(path);
      Path temp = temp(target);
      Files.copy(source, temp);
      replace(temp, target, path);
    }
    files.incrementAndGet();
  }

  /** Opens a stream for a large generated file at a site path. */
  public OutputStream open(String path) throws IOException {
    files.incrementAndGet();
    if (!replace) {
      if (written != null) {
        written.accept(path);
      }
      Path target = prepare(path);
      try {
        return Files.newOutputStream(target);
      } catch (IOException e) {
        throw explained(target, e);
      }
    }
    Path target = prepare(path);
    Path temp = temp(target);
    return new java.io.FilterOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
      private boolean closed;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          super.close();
          replace(temp, target, path);
        }
      }
    };
  }

  private void write(String path, byte[] bytes) throws IOException {
    Path target = prepare(path);
    if (!replace) {
      try {
        Files.write(target, bytes);
      } catch (IOException e) {
        throw explained(target, e);
      }
      if (written != null) {
        written.accept(path);
      }
      return;
    }
    Path temp = temp(target);
    Files.write(temp, bytes);
    replace(temp, target, path);
  }

  private Path temp(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".part-" + temps.incrementAndGet());
  }

  private void replace(Path temp, Path target, String path) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw explained(target, e);
    }
    written.accept(path);
  }

  private Path prepare(String path) throws IOException {
    Path file = folder.resolve(path);
    if (!file.normalize().startsWith(folder)) {
      throw new IOException("site path " + path + " leaves the output folder");
    }
    Path parent = file.getParent();
    if (!madeFolders.contains(parent)) {
      // Made before it is remembered: a thread that finds it remembered may write into it at once.
      try {
        Files.createDirectories(parent);
      } catch (FileAlreadyExistsException e) {
        throw clash(Path.of(e.getFile()), e);
      }
      madeFolders.add(parent);
    }
    return file;
  }

  /** {@code e}, which writing {@code target} threw, explained when a folder stands there. */
  private IOException explained(Path target, IOException e) {
    return Files.isDirectory(target) ? clash(target, e) : e;
  }

  /**
   * The site needs {@code path} both as a file and as a folder: a page or a linked file named like
   * a folder of the runbooks ({@code foo.html/}). Documents never are (they are published on
   * another page), but a linked file can be.
   */
  private IOException clash(Path path, IOException cause) {
    String sitePath = folder.relativize(path).toString().replace('\\', '/');
    return new IOException("the site needs " + sitePath + " both as a file and as a folder: rename the file or the"
        + " folder in your runbooks that gives it that name", cause);
  }

  public int pages() {
    return pages.get();
  }

  /** Files written, the marker not counted. */
  public int files() {
    return files.get();
  }
}
