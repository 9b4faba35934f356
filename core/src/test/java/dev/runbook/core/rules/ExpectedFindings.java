package dev.runbook.core.rules;

import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Severity;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings a fixture file says it produces, read from its inline comments, and their
 * comparison with what the linter reported.
 *
 * <ul>
 *   <li>{@code <!-- expect: RB301 -->} on a line: findings on that line ({@code RB101 RB101} is
 *       two; {@code RB502:error} also checks the severity);
 *   <li>{@code # expect: RB504} on a YAML front matter line, or any line of an alerting-rules
 *       file: the same, for that line;
 *   <li>{@code <!-- expect-at-line 12: RB204 -->} anywhere: findings on line 12.
 * </ul>
 *
 * Lines are counted as the linter counts them: 1-based, the file's own lines, front matter
 * included, a byte-order mark ignored, {@code \r\n} one line end.
 */
final class ExpectedFindings {
  /** One expected finding; an empty severity matches any. */
  record Expected(int line, String rule, Optional<Severity> severity) {
    @Override
    public String toString() {
      return rule + severity.map(s -> ":" + s.id()).orElse("");
    }
  }

  private static final Pattern ON_LINE = Pattern.compile("<!--\\s*expect:(.*?)-->");
  private static final Pattern AT_LINE = Pattern.compile("<!--\\s*expect-at-line\\s+(\\d+)\\s*:(.*?)-->");
  private static final Pattern IN_YAML = Pattern.compile("#\\s*expect:(.*)$");
  private static final Pattern ANY = Pattern.compile("<!--\\s*expect\\b|#\\s*expect:");
  private static final Pattern TOKEN = Pattern.compile("(RB\\d{3})(?::(error|warning|info))?");

  private final List<String> lines;
  private final List<Expected> expected;

  private ExpectedFindings(List<String> lines, List<Expected> expected) {
    this.lines = lines;
    this.expected = expected;
  }

  /**
   * Reads a fixture file's expectations.
   *
   * @throws IllegalArgumentException for a comment that looks like an expectation but does not
   *     parse, so a typo cannot silently expect nothing
   */
  static ExpectedFindings read(byte[] bytes) {
    return read(bytes, false);
  }

  /**
   * As {@link #read(byte[])}; in an alerting-rules file ({@code rulesFile}), {@code # expect: RB602}
   * may end any line.
   */
  static ExpectedFindings read(byte[] bytes, boolean rulesFile) {
    List<String> lines = lines(bytes);
    List<Expected> expected = new ArrayList<>();
    int frontMatterEnd = frontMatterEnd(lines);
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      int found = 0;
      Matcher on = ON_LINE.matcher(line);
      while (on.find()) {
        found++;
        parseIds(on.group(1), n, n, expected);
      }
      Matcher at = AT_LINE.matcher(line);
      while (at.find()) {
        found++;
        parseIds(at.group(2), Integer.parseInt(at.group(1)), n, expected);
      }
      if (rulesFile || n > 1 && n < frontMatterEnd) {
        Matcher yaml = IN_YAML.matcher(line);
        if (yaml.find()) {
          found++;
          parseIds(yaml.group(1), n, n, expected);
        }
      }
      long mentioned = ANY.matcher(line).results().count();
      if (mentioned > found) {
        throw new IllegalArgumentException("line " + n + ": an expectation that does not parse: " + line.strip());
      }
    }
    expected.sort(Comparator.comparingInt(Expected::line).thenComparing(Expected::rule));
    return new ExpectedFindings(lines, List.copyOf(expected));
  }

  private static void parseIds(String text, int line, int writtenOn, List<Expected> into) {
    String ids = text.strip();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("line " + writtenOn + ": an expectation that names no rule");
    }
    for (String token : ids.split("\\s+")) {
      Matcher m = TOKEN.matcher(token);
      if (!m.matches()) {
        throw new IllegalArgumentException("line " + writtenOn + ": '" + token
            + "' is not a rule ID such as RB301 or RB502:error");
      }
      into.add(new Expected(line, m.group(1), Optional.ofNullable(m.group(2)).flatMap(Severity::parse)));
    }
  }

  /** Line 1 {@code ---} to the next {@code ---} or {@code ...}: the number of the closing line, else 0. */
  private static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The text leniently decoded (damaged bytes become U+FFFD), split the way the linter splits it. */
  static List<String> lines(byte[] bytes) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder never fails", e);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        out.add(text.substring(start, end));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return List.copyOf(out);
  }

  List<Expected> expected() {
    return expected;
  }

  boolean expectsNothing() {
    return expected.isEmpty();
  }

  /** The result of matching the expectations against what was reported. */
  record Comparison(List<Expected> missing, List<Diagnostic> unexpected, List<Diagnostic> matched) {
    boolean exact() {
      return missing.isEmpty() && unexpected.isEmpty();
    }
  }

  /**
   * Matches expectations to findings by line and rule; expectations that name a severity are
   * matched first, so {@code RB502:error RB502} on one line means one error and one of any
   * severity.
   */
  Comparison compare(List<Diagnostic> actual) {
    List<Diagnostic> left = new ArrayList<>(actual);
    List<Diagnostic> matched = new ArrayList<>();
    List<Expected> missing = new ArrayList<>();
    List<Expected> ordered = new ArrayList<>(expected);
    ordered.sort(Comparator.comparing((Expected e) -> e.severity().isEmpty()));
    for (Expected e : ordered) {
      Optional<Diagnostic> hit = left.stream()
          .filter(d -> d.line() == e.line() && d.rule().equals(e.rule()))
          .filter(d -> e.severity().map(s -> s == d.severity()).orElse(true))
          .findFirst();
      if (hit.isPresent()) {
        left.remove(hit.get());
        matched.add(hit.get());
      } else {
        missing.add(e);
      }
    }
    missing.sort(Comparator.comparingInt(Expected::line).thenComparing(Expected::rule));
    return new Comparison(List.copyOf(missing), List.copyOf(left), List.copyOf(matched));
  }

  /**
   * The comparison as the document it checks: each line that expects or got a finding, followed
   * by what happened to each.
   */
  String describe(String file, Comparison c) {
    TreeMap<Integer, List<String>> notes = new TreeMap<>();
    for (Diagnostic d : c.matched()) {
      notes.computeIfAbsent(d.line(), k -> new ArrayList<>()).add("ok          " + finding(d));
    }
    for (Expected e : c.missing()) {
      notes.computeIfAbsent(e.line(), k -> new ArrayList<>()).add("MISSING     " + e + " was expected, not reported");
    }
    for (Diagnostic d : c.unexpected()) {
      notes.computeIfAbsent(d.line(), k -> new ArrayList<>()).add("UNEXPECTED  " + finding(d));
    }
    StringBuilder out = new StringBuilder();
    out.append(file).append(": the findings differ from the file's expectations (")
        .append(c.missing().size()).append(" missing, ").append(c.unexpected().size()).append(" unexpected)\n");
    out.append("  expected: ").append(expected.isEmpty() ? "nothing" : expected.stream()
        .map(e -> e.line() + ":" + e).toList()).append('\n');
    out.append("  reported: ").append(c.matched().isEmpty() && c.unexpected().isEmpty() ? "nothing"
        : sorted(c).stream().map(d -> d.line() + ":" + d.rule() + ":" + d.severity().id()).toList()).append("\n\n");
    int width = Integer.toString(Math.max(1, notes.isEmpty() ? 1 : notes.lastKey())).length();
    for (var entry : notes.entrySet()) {
      int n = entry.getKey();
      String text = n >= 1 && n <= lines.size() ? visible(lines.get(n - 1)) : "(no such line)";
      out.append(String.format(Locale.ROOT, "  %" + width + "d | %s%n", n, text));
      for (String note : entry.getValue()) {
        out.append(" ".repeat(width + 2)).append(" |   ").append(note).append('\n');
      }
    }
    return out.toString();
  }

  private static List<Diagnostic> sorted(Comparison c) {
    List<Diagnostic> all = new ArrayList<>(c.matched());
    all.addAll(c.unexpected());
    all.sort(Diagnostic.ORDER);
    return all;
  }

  private static String finding(Diagnostic d) {
    return d.rule() + " " + d.name() + " " + d.severity().id() + " at " + d.line() + ":" + d.column()
        + ": " + d.message();
  }

  /** Control characters (a fixture's NUL byte, say) shown as U+2400-style symbols. */
  private static String visible(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.chars().forEach(ch -> out.append(ch < 0x20 && ch != '\t' ? (char) (0x2400 + ch) : (char) ch));
    return out.toString();
  }

  /** The rule IDs this file expects, for the meta-test. */
  TreeSet<String> rules() {
    TreeSet<String> ids = new TreeSet<>();
    expected.forEach(e -> ids.add(e.rule()));
    return ids;
  }
}
