package dev.runbook.core.parse;

import dev.runbook.core.model.PackedLines;
import dev.runbook.core.model.TextChangedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A released text's way back ({@link PackedLines#release}): its file read and decoded again, as
 * the loader first read and decoded it, provided it still holds the same bytes (same length and CRC-32C).
 * Immutable.
 */
final class FileText implements PackedLines.Source {
  private final Path file;
  private final int length;
  private final int crc;
  private final RunbookParser parser;
  private final RunbookSetLoader.FileReader reader;

  /** The way back to {@code file}'s text, first read as {@code bytes} by {@code reader}. */
  FileText(Path file, byte[] bytes, RunbookParser parser, RunbookSetLoader.FileReader reader) {
    this.file = file;
    this.length = bytes.length;
    this.crc = crc(bytes);
    this.parser = parser;
    this.reader = reader;
  }

  @Override
  public List<String> lines() {
    byte[] bytes;
    try {
      bytes = reader.read(file);
    } catch (IOException e) {
      throw new TextChangedException(file + " cannot be read again while runbook runs (" + e.getMessage()
          + "); run the command again", e);
    }
    if (bytes.length != length || crc(bytes) != crc) {
      throw new TextChangedException(file + " changed while runbook ran; run the command again");
    }
    return parser.lines(bytes);
  }

  private static int crc(byte[] bytes) {
    CRC32C c = new CRC32C();
    c.update(bytes, 0, bytes.length);
    return (int) c.getValue();
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
