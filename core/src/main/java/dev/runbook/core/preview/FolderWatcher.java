package dev.runbook.core.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Watches folders (with every sub-folder, including ones created later) and single files, and
 * reports the paths that changed in batches: a batch is delivered once no change came for the
 * quiet time (an editor's save is often several writes and a rename), or at the latest after ten
 * quiet times. Uses the operating system's change events ({@link WatchService}; on Linux that has
 * no recursive mode, so every folder is registered) and falls back to polling when they are not
 * available, such as when the inotify watch limit is reached; polling can also be asked for, for
 * network and container file systems that send no events. Hidden folders and {@code
 * node_modules} are not watched, as the loader skips them.
 *
 * <p>Batches are delivered on the watcher's own thread, one at a time: changes that come while a
 * batch is handled make the next one.
 */
public final class FolderWatcher implements AutoCloseable {
  private static final WatchEvent.Kind<?>[] KINDS = {
    StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY
  };

  private final List<Path> trees = new ArrayList<>();
  private final Set<Path> files = new TreeSet<>();
  private final Duration quiet;
  private final Duration pollEvery;
  private final Consumer<Set<Path>> changes;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Set<Path> pending = new TreeSet<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean polling;
  private WatchService service;
  private long firstChange;
  private long lastChange;

  private FolderWatcher(Collection<Path> paths, Duration quiet, Duration pollEvery, Consumer<Set<Path>> changes) {
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (Files.isDirectory(abs)) {
        trees.add(abs);
      } else {
        files.add(abs);
      }
    }
    this.quiet = quiet;
    this.pollEvery = pollEvery;
    this.changes = changes;
    this.thread = new Thread(this::run, "runbook-watch");
    this.thread.setDaemon(true);
  }

  /**
   * Starts watching.
   *
   * @param paths folders to watch with their sub-folders, and files to watch
   * @param quiet how long no change must come before a batch is delivered
   * @param poll true to poll instead of using the operating system's events
   * @param changes receives each batch of changed paths (absolute)
   */
  public static FolderWatcher start(Collection<Path> paths, Duration quiet, boolean poll, Consumer<Set<Path>> changes) {
    FolderWatcher w = new FolderWatcher(paths, quiet, Duration.ofMillis(Math.max(100, quiet.toMillis() * 4)), changes);
    w.polling = poll || !w.registerAll();
    w.thread.start();
    return w;
  }

  /** True when the watcher polls, by request or because change events are not available. */
  public boolean polling() {
    return polling;
  }

  private boolean registerAll() {
    try {
      service = FileSystems.getDefault().newWatchService();
      for (Path tree : trees) {
        registerTree(tree, false);
      }
      for (Path file : files) {
        if (file.getParent() != null && Files.isDirectory(file.getParent())) {
          register(file.getParent());
        }
      }
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      closeService();
      return false;
    }
  }

  private void register(Path dir) throws IOException {
    if (!keys.containsValue(dir)) {
      keys.put(dir.register(service, KINDS), dir);
    }
  }

  /** Registers a folder and its sub-folders; with {@code report}, also marks everything in them as changed. */
  private void registerTree(Path top, boolean report) throws IOException {
    Files.walkFileTree(top, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(top) && skipped(dir)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        register(dir);
        if (report) {
          pending.add(dir);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (report) {
          pending.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static boolean skipped(Path dir) {
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    return name.startsWith(".") || name.equals("node_modules");
  }

  private void run() {
    Map<Path, Long> snapshot = polling ? TreeSnapshot.of(trees, files) : Map.of();
    while (running) {
      try {
        if (polling) {
          Thread.sleep(pollEvery.toMillis());
          Map<Path, Long> now = TreeSnapshot.of(trees, files);
          TreeSnapshot.diff(snapshot, now, this::changed);
          snapshot = now;
        } else {
          WatchKey key = pending.isEmpty() ? service.take() : service.poll(quiet.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
          while (key != null) {
            handle(key);
            key = service.poll();
          }
        }
        deliverWhenQuiet();
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (IOException e) {
        // Change events failed (the watch limit, say): poll from now on, starting with everything.
        closeService();
        polling = true;
        snapshot = TreeSnapshot.of(trees, files);
        trees.forEach(this::changed);
      }
    }
  }

  private void handle(WatchKey key) throws IOException {
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        trees.forEach(this::changed);
        files.forEach(this::changed);
        continue;
      }
      if (dir == null) {
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      boolean inTree = trees.stream().anyMatch(path::startsWith);
      if (!inTree && !files.contains(path)) {
        continue;
      }
      boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
      if (folder && event.kind() == StandardWatchEventKinds.ENTRY_MODIFY) {
        continue; // a folder's own times; what changed inside comes through its own registration
      }
      changed(path);
      if (inTree && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !skipped(path)) {
        registerTree(path, true);
      }
    }
    if (!key.reset()) {
      keys.remove(key);
    }
  }

  private void changed(Path path) {
    long now = System.nanoTime();
    if (pending.isEmpty()) {
      firstChange = now;
    }
    lastChange = now;
    pending.add(path);
  }

  private void deliverWhenQuiet() {
    if (pending.isEmpty()) {
      return;
    }
    long now = System.nanoTime();
    long quietNanos = quiet.toNanos();
    if (now - lastChange >= quietNanos || now - firstChange >= 10 * quietNanos || polling) {
      Set<Path> batch = new TreeSet<>(pending);
      pending.clear();
      try {
        changes.accept(batch);
      } catch (RuntimeException e) {
        // The receiver's failure is its own; the watcher goes on.
      }
    }
  }

  private void closeService() {
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        // Nothing more to release.
      }
      service = null;
      keys.clear();
    }
  }

  /** Stops watching and waits for a batch being delivered to finish. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
    closeService();
    if (Thread.currentThread() == thread) {
      return;
    }
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
