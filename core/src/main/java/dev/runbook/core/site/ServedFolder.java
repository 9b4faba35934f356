package dev.runbook.core.site;

import dev.runbook.core.site.output.PageSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folder a served site lives in, and what is in it: every file is written through {@link
 * #sink()} (replaced by a rename), remembered, and recorded for the step that wrote it; files are
 * deleted only by name, and only ones it wrote. Thread-safe for writing; steps are one at a time.
 */
final class ServedFolder {
  private final Path folder;
  private final Set<String> present = ConcurrentHashMap.newKeySet();
  private volatile Set<String> recording = ConcurrentHashMap.newKeySet();
  private volatile Set<String> capture;
  private final Set<String> removed = new TreeSet<>();
  private final PageSink sink;

  /** Something that writes files. */
  @FunctionalInterface
  interface Writing {
    void run() throws IOException;
  }

  ServedFolder(Path folder) {
    this.folder = folder;
    this.sink = PageSink.replacing(folder, path -> {
      present.add(path);
      recording.add(path);
      Set<String> c = capture;
      if (c != null) {
        c.add(path);
      }
    });
  }

  PageSink sink() {
    return sink;
  }

  Path path() {
    return folder;
  }

  boolean contains(String sitePath) {
    return present.contains(sitePath);
  }

  /** Starts a new record of what is written and deleted; returns what was written since the last. */
  Set<String> startRecording() {
    Set<String> was = recording;
    recording = ConcurrentHashMap.newKeySet();
    removed.clear();
    return was;
  }

  /** Runs {@code writing} and returns the paths it wrote (which are recorded as well). */
  Set<String> capturing(Writing writing) throws IOException {
    capture = ConcurrentHashMap.newKeySet();
    try {
      writing.run();
      return Set.copyOf(capture);
    } finally {
      capture = null;
    }
  }

  /** What was written and deleted since the record started. */
  SiteUpdate recorded() {
    return new SiteUpdate(List.copyOf(recording), List.copyOf(removed));
  }

  void delete(String sitePath) throws IOException {
    if (present.remove(sitePath)) {
      Files.deleteIfExists(folder.resolve(sitePath));
      removed.add(sitePath);
    }
  }

  /** Deletes every file written earlier that is not among {@code belongs}. */
  void deleteAllBut(Set<String> belongs) throws IOException {
    for (String p : new TreeSet<>(present)) {
      if (!belongs.contains(p)) {
        delete(p);
      }
    }
  }
}
