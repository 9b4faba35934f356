package dev.runbook.cli.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** {@code file:} URIs as editors send them, to paths and back. */
final class Uris {
  private Uris() {}

  /** The path of a {@code file:} URI; empty for other schemes (an unsaved "untitled:" buffer). */
  static Optional<Path> path(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equalsIgnoreCase(u.getScheme()) ? Optional.of(Path.of(u)) : Optional.empty();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  static String of(Path file) {
    return file.toUri().toString();
  }
}
