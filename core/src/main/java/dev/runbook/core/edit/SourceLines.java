package dev.runbook.core.edit;

import dev.runbook.core.model.EncodingProblem;
import dev.runbook.core.parse.DecodedText;
import dev.runbook.core.parse.LineBreaks;
import dev.runbook.core.parse.SourceDecoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text file as lines that keep their own terminators, so that an edit changes only the lines it
 * means to: {@code encode()} of an unchanged instance gives back the original bytes. Lines end
 * at {@link LineBreaks} ({@code \n}, {@code \r\n}, a lone {@code \r}) exactly as {@link
 * dev.runbook.core.parse.RunbookParser} splits them, so line numbers agree with the parsed {@link
 * dev.runbook.core.model.Runbook}. New lines get the file's usual ending (the one most lines end
 * with: a CR-only file stays CR-only); a file without a final newline keeps having none.
 * Immutable.
 */
public final class SourceLines {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final List<String> texts;
  private final List<String> endings;
  private final boolean byteOrderMark;
  private final String newline;

  private SourceLines(List<String> texts, List<String> endings, boolean byteOrderMark, String newline) {
    this.texts = Collections.unmodifiableList(texts);
    this.endings = Collections.unmodifiableList(endings);
    this.byteOrderMark = byteOrderMark;
    this.newline = newline;
  }

  /**
   * Decodes a file strictly.
   *
   * @throws EditRefused when the file is binary or not valid UTF-8: nothing can be changed safely
   */
  public static SourceLines decode(byte[] bytes) throws EditRefused {
    DecodedText decoded = new SourceDecoder().decode(bytes);
    if (decoded.binary()) {
      throw new EditRefused("not a text file (it contains NUL bytes): left untouched");
    }
    boolean bom = false;
    for (EncodingProblem p : decoded.problems()) {
      switch (p.kind()) {
        case BYTE_ORDER_MARK -> bom = true;
        case INVALID_UTF8 -> throw new EditRefused("not valid UTF-8 (line " + p.position().line()
            + ": " + p.detail() + "): left untouched; save it as UTF-8 and run again");
        default -> { }
      }
    }
    return of(decoded.text(), bom);
  }

  /** Splits text (without a byte-order mark) into lines with their endings. */
  public static SourceLines of(String text, boolean byteOrderMark) {
    List<String> texts = new ArrayList<>();
    List<String> endings = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      int lineBreak = LineBreaks.at(text, i);
      if (lineBreak > 0) {
        String ending = text.substring(i, i + lineBreak);
        texts.add(text.substring(start, i));
        endings.add(ending);
        counts.merge(ending, 1, Integer::sum);
        i += lineBreak - 1;
        start = i + 1;
      }
    }
    if (start < text.length()) {
      texts.add(text.substring(start));
      endings.add("");
    }
    return new SourceLines(texts, endings, byteOrderMark, usualEnding(counts));
  }

  /** The most frequent ending; LF on a tie with it or in a file of one line, CRLF before CR. */
  private static String usualEnding(Map<String, Integer> counts) {
    String usual = "\n";
    for (String candidate : List.of("\r\n", "\r")) {
      if (counts.getOrDefault(candidate, 0) > counts.getOrDefault(usual, 0)) {
        usual = candidate;
      }
    }
    return usual;
  }

  public int size() {
    return texts.size();
  }

  /** The text of a line (0-based index), without its terminator. */
  public String line(int index) {
    return texts.get(index);
  }

  /**
   * The terminator of a line (0-based index): {@code \n}, {@code \r\n}, {@code \r}, or empty for a
   * last line without one.
   */
  public String ending(int index) {
    return endings.get(index);
  }

  /** Every line's text, without terminators. */
  public List<String> lines() {
    return texts;
  }

  public boolean hasByteOrderMark() {
    return byteOrderMark;
  }

  /** The terminator new lines get. */
  public String newline() {
    return newline;
  }

  /** The whole text, without a byte-order mark. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      out.append(texts.get(i)).append(endings.get(i));
    }
    return out.toString();
  }

  /** The file's bytes: UTF-8, with the byte-order mark if it had one. */
  public byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (byteOrderMark) {
      out.writeBytes(BOM);
    }
    out.writeBytes(text().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The same lines with new texts (one per line, same count); endings are kept. */
  public SourceLines withTexts(List<String> replaced) {
    if (replaced.size() != texts.size()) {
      throw new IllegalArgumentException("expected " + texts.size() + " lines, got " + replaced.size());
    }
    return new SourceLines(new ArrayList<>(replaced), new ArrayList<>(endings), byteOrderMark, newline);
  }

  /** The same lines with one line's text replaced. */
  public SourceLines withLine(int index, String text) {
    List<String> t = new ArrayList<>(texts);
    t.set(index, text);
    return new SourceLines(t, new ArrayList<>(endings), byteOrderMark, newline);
  }

  /**
   * New lines inserted before the line at {@code index} ({@code size()} appends). Appending to a
   * file without a final newline ends the old last line and leaves the new last line without one.
   */
  public SourceLines withInserted(int index, List<String> added) {
    if (added.isEmpty()) {
      return this;
    }
    List<String> t = new ArrayList<>(texts);
    List<String> e = new ArrayList<>(endings);
    List<String> newEndings = new ArrayList<>(Collections.nCopies(added.size(), newline));
    if (index == t.size() && !e.isEmpty() && e.get(e.size() - 1).isEmpty()) {
      e.set(e.size() - 1, newline);
      newEndings.set(added.size() - 1, "");
    }
    t.addAll(index, added);
    e.addAll(index, newEndings);
    return new SourceLines(t, e, byteOrderMark, newline);
  }

  /** The same text without a byte-order mark. */
  public SourceLines withoutByteOrderMark() {
    return new SourceLines(new ArrayList<>(texts), new ArrayList<>(endings), false, newline);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceLines s && s.byteOrderMark == byteOrderMark
        && s.texts.equals(texts) && s.endings.equals(endings);
  }

  @Override
  public int hashCode() {
    return texts.hashCode() * 31 + endings.hashCode() + (byteOrderMark ? 1 : 0);
  }
}
