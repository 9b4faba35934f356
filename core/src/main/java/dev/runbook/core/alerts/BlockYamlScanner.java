package dev.runbook.core.alerts;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A hand scanner for the block YAML that tools write for rules files, giving the same
 * {@link YamlEvents} as SnakeYAML Engine's parser gives, or nothing. It exists for speed: the
 * parser's scanner was most of what reading rules files cost. The generated rules of 10,000
 * alerts (bench/gen_corpus.py, 8 files of 3.5 MB) read in 7 ms of one core instead of 70 warm;
 * in a fresh JVM with the launcher's JIT settings in 0.14 s of CPU instead of 1.3 (the JIT's
 * work included), and within {@code runbook build} in 0.09 s instead of 0.41.
 *
 * <p>It takes block mappings and block sequences (indentless ones too), keys and values that are
 * plain, single-quoted or double-quoted scalars on one line (double-quoted ones with no escapes
 * but of a backslash, a quote, n, t, and u with four hex digits), {@code |} and {@code >} block
 * scalars as mapping values (with {@code -} or {@code +}, without an indentation digit, content
 * on the very next line), comments, and {@code ---} and {@code ...} lines between non-empty documents. It
 * gives up, and the parser reads the text, on anything else: flow collections, anchors, aliases,
 * tags, directives, {@code ?} keys, scalars over more than one line, tabs, CR line ends, control
 * characters, characters outside the BMP or U+0085, U+2028, U+2029, U+FEFF, empty documents,
 * duplicate keys, and texts near SafeYaml's limits (size, nodes, depth), so for what it does not
 * take the result is the parser's by construction. One use only: not thread-safe.
 */
final class BlockYamlScanner {
  private static final int MAX_CHARS = 1_000_000;
  private static final int MAX_NODES = 90_000;
  private static final int MAX_DEPTH = 40;
  private static final int MAX_KEY = 1000;

  private static final int EOF = 0;
  private static final int CONTENT = 1;
  private static final int DOCUMENT_START = 2;
  private static final int DOCUMENT_END = 3;

  private final String s;
  private final int n;

  // The current line: where it starts and ends (its '\n' or the end), its 0-based number, its
  // indentation and what it is (the next line that is not blank or a comment).
  private int start;
  private int end;
  private int line;
  private int indent;
  private int kind;

  // The last scalar scanned on a line: its value, whether plain, where it ends, where what follows starts.
  private String value;
  private boolean plain;
  private int scalarEnd;
  private int after;

  // The events, sized for a rules file's events (about one in 16 characters).
  private final EventTable table;
  private int nodesInDocument;

  private BlockYamlScanner(String s) {
    this.s = s;
    this.n = s.length();
    table = new EventTable(Math.max(64, n / 16));
  }

  /** The text's events, or null where this scanner gives the text up to the parser. */
  static YamlEvents scan(String yaml) {
    if (yaml.length() > MAX_CHARS || !plainCharacters(yaml)) {
      return null;
    }
    try {
      return new BlockYamlScanner(yaml).stream();
    } catch (GiveUp e) {
      return null;
    }
  }

  /** Given up: the text is not in the subset (or is near a limit). */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static boolean plainCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 ? c != '\n' : c >= 0x7F && (c < 0xA0 || c == 0x2028 || c == 0x2029
          || (c >= 0xD800 && c < 0xE000) || c >= 0xFFFE || c == 0xFEFF)) {
        return false;
      }
    }
    return true;
  }

  private YamlEvents stream() {
    int[] roots = new int[4];
    int documents = 0;
    boolean explicit = false;
    boolean content = false;
    seek(0, 0);
    while (kind != EOF) {
      if (kind == DOCUMENT_START || kind == DOCUMENT_END) {
        markerLine();
        if (!content && (explicit || kind == DOCUMENT_END)) {
          throw new GiveUp(); // an empty document (a null root) or a stray '...'
        }
        explicit = kind == DOCUMENT_START;
        boolean ended = kind == DOCUMENT_END;
        content = false;
        next();
        if (ended && kind == CONTENT) {
          throw new GiveUp(); // content after '...' without '---'
        }
      } else if (content) {
        throw new GiveUp();
      } else {
        nodesInDocument = 0;
        if (documents == roots.length) {
          roots = Arrays.copyOf(roots, 2 * documents);
        }
        roots[documents++] = node(indent, -1, 1);
        content = true;
      }
    }
    if (explicit && !content) {
      throw new GiveUp();
    }
    return new YamlEvents(table, Arrays.copyOf(roots, documents));
  }

  /** A '---' or '...' line holds nothing else but a comment. */
  private void markerLine() {
    int p = start + 3;
    while (p < end && s.charAt(p) == ' ') {
      p++;
    }
    if (p < end && (p == start + 3 || s.charAt(p) != '#')) {
      throw new GiveUp();
    }
  }

  /**
   * The node whose content starts at {@code column} of the current line, inside the block
   * collection at column {@code blockIndent} (-1 for a root); leaves the line after it current.
   */
  private int node(int column, int blockIndent, int depth) {
    if (depth > MAX_DEPTH) {
      throw new GiveUp();
    }
    int p = start + column;
    if (s.charAt(p) == '-' && (p + 1 == end || s.charAt(p + 1) == ' ')) {
      return sequence(column, depth);
    }
    scalar(p);
    if (isKey()) {
      return mapping(column, depth);
    }
    return lineScalar(p, blockIndent);
  }

  /** The scalar just scanned at {@code p}, when nothing but a comment follows it on its line. */
  private int lineScalar(int p, int blockIndent) {
    if (after < end && (after == scalarEnd || s.charAt(after) != '#')) {
      throw new GiveUp();
    }
    int i = scalarNode(p, value, plain, line + 1);
    next();
    if (kind == CONTENT && indent > blockIndent) {
      throw new GiveUp(); // a plain scalar would go on there; anything else is an error
    }
    return i;
  }

  private boolean isKey() {
    return after < end && s.charAt(after) == ':' && (after + 1 == end || s.charAt(after + 1) == ' ');
  }

  private int sequence(int column, int depth) {
    int seq = addCollection(YamlEvents.SEQUENCE, line, column);
    do {
      int dash = start + column;
      int p = dash + 1;
      while (p < end && s.charAt(p) == ' ') {
        p++;
      }
      if (p == end || s.charAt(p) == '#') {
        int at = line;
        next();
        if (kind == CONTENT && indent > column) {
          node(indent, column, depth + 1);
        } else {
          scalarNode(-1, "", true, at + 1, at, column + 1);
        }
      } else {
        node(p - start, column, depth + 1);
      }
      if (kind == CONTENT && indent > column) {
        throw new GiveUp();
      }
    } while (kind == CONTENT && indent == column && isDash());
    table.addEnd(seq, 1, 1); // an end's line and column are never read
    return seq;
  }

  private boolean isDash() {
    int p = start + indent;
    return s.charAt(p) == '-' && (p + 1 == end || s.charAt(p + 1) == ' ');
  }

  private int mapping(int column, int depth) {
    int map = addCollection(YamlEvents.MAPPING, line, column);
    int[] pairs = new int[8];
    int size = 0;
    while (true) {
      // the key, scanned already at start + column
      if (after - (start + column) > MAX_KEY) {
        throw new GiveUp();
      }
      int key = scalarNode(start + column, value, plain, line + 1);
      int colon = after;
      int valueColumn = colon + 1 - start;
      int p = colon + 1;
      while (p < end && s.charAt(p) == ' ') {
        p++;
      }
      int v;
      if (p == end || s.charAt(p) == '#') {
        int at = line;
        next();
        if (kind == CONTENT && indent > column) {
          v = node(indent, column, depth + 1);
        } else if (kind == CONTENT && indent == column && isDash()) {
          v = sequence(column, depth + 1);
        } else {
          v = scalarNode(-1, "", true, at + 1, at, valueColumn);
        }
      } else if (s.charAt(p) == '|' || s.charAt(p) == '>') {
        v = blockScalar(p, column);
      } else {
        scalar(p);
        v = lineScalar(p, column);
      }
      if (size + 2 > pairs.length) {
        pairs = Arrays.copyOf(pairs, 2 * pairs.length);
      }
      pairs[size++] = key;
      pairs[size++] = v;
      if (kind != CONTENT || indent < column) {
        break;
      }
      if (indent > column) {
        throw new GiveUp();
      }
      scalar(start + column);
      if (!isKey()) {
        throw new GiveUp();
      }
    }
    int[] flat = Arrays.copyOf(pairs, size);
    if (hasDuplicateKey(flat)) {
      throw new GiveUp();
    }
    table.addEnd(map, 1, 1); // an end's line and column are never read
    table.entries[map] = flat;
    return map;
  }

  private boolean hasDuplicateKey(int[] pairs) {
    if (pairs.length <= 32) {
      for (int i = 2; i < pairs.length; i += 2) {
        for (int j = 0; j < i; j += 2) {
          if (table.values[pairs[i]].equals(table.values[pairs[j]])) {
            return true;
          }
        }
      }
      return false;
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (!keys.add(table.values[pairs[i]])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@code |} or {@code >} scalar whose header is at {@code p}, the value of an entry of the
   * mapping at column {@code blockIndent}, read as SnakeYAML Engine's scanBlockScalar reads it.
   */
  private int blockScalar(int p, int blockIndent) {
    boolean folded = s.charAt(p) == '>';
    int headerLine = line;
    int headerColumn = p - start;
    int q = p + 1;
    char chomping = q < end && (s.charAt(q) == '-' || s.charAt(q) == '+') ? s.charAt(q++) : ' ';
    if (q < end && s.charAt(q) != ' ') {
      throw new GiveUp();
    }
    while (q < end && s.charAt(q) == ' ') {
      q++;
    }
    if (q < end && s.charAt(q) != '#') {
      throw new GiveUp();
    }
    // The first content line: right after the header, more indented than the mapping.
    int lineStart = end + 1;
    int lineNo = line + 1;
    int indentation = 0;
    while (lineStart + indentation < n && s.charAt(lineStart + indentation) == ' ') {
      indentation++;
    }
    if (lineStart >= n || indentation <= blockIndent || lineStart + indentation == n
        || s.charAt(lineStart + indentation) == '\n') {
      throw new GiveUp();
    }
    StringBuilder text = new StringBuilder();
    String breaks = "";
    String lineBreak;
    int endLine;
    int endColumn;
    while (true) {
      text.append(breaks);
      int from = lineStart + indentation;
      boolean leadingNonSpace = s.charAt(from) != ' ';
      int lineEnd = s.indexOf('\n', from);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      text.append(s, from, lineEnd);
      if (lineEnd == n) {
        lineBreak = "";
        breaks = "";
        endLine = lineNo;
        endColumn = lineEnd - lineStart;
        lineStart = n;
        break;
      }
      lineBreak = "\n";
      // The breaks after it: empty lines, each of up to 'indentation' spaces.
      StringBuilder more = null;
      lineStart = lineEnd + 1;
      lineNo++;
      endLine = lineNo;
      endColumn = 0;
      int col = spaces(lineStart, indentation);
      while (lineStart + col < n && s.charAt(lineStart + col) == '\n') {
        if (more == null) {
          more = new StringBuilder();
        }
        more.append('\n');
        lineStart += col + 1;
        lineNo++;
        endLine = lineNo;
        col = spaces(lineStart, indentation);
      }
      breaks = more == null ? "" : more.toString();
      if (col != indentation || lineStart + col >= n) {
        break;
      }
      if (folded && leadingNonSpace && s.charAt(lineStart + col) != ' ') {
        if (breaks.isEmpty()) {
          text.append(' ');
        }
      } else {
        text.append(lineBreak);
      }
    }
    if (chomping != '-') {
      text.append(lineBreak);
    }
    if (chomping == '+') {
      text.append(breaks);
    }
    int i = table.addScalar(headerLine + 1, headerColumn + 1, text.toString(), false,
        endColumn == 0 ? endLine : endLine + 1);
    countNode();
    seek(lineStart, lineNo);
    return i;
  }

  /** Up to {@code most} spaces at {@code from}: how many. */
  private int spaces(int from, int most) {
    int c = 0;
    while (c < most && from + c < n && s.charAt(from + c) == ' ') {
      c++;
    }
    return c;
  }

  /**
   * Scans the scalar at {@code p} on the current line, as far as a plain one goes before
   * {@code ": "}, {@code " #"} or the line's end, or to a quoted one's closing quote: sets
   * {@link #value}, {@link #plain}, {@link #scalarEnd} and {@link #after} (past the spaces after it).
   */
  private void scalar(int p) {
    char c = s.charAt(p);
    if (c == '\'' || c == '"') {
      quoted(p, c);
    } else {
      if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0
          && ("-?:".indexOf(c) < 0 || p + 1 == end || s.charAt(p + 1) == ' ')) {
        throw new GiveUp();
      }
      int q = p;
      int last = p;
      while (true) {
        int r = q;
        while (r < end) {
          char ch = s.charAt(r);
          if (ch == ' ' || (ch == ':' && (r + 1 == end || s.charAt(r + 1) == ' '))) {
            break;
          }
          r++;
        }
        if (r == q) {
          break;
        }
        last = r;
        q = r;
        while (q < end && s.charAt(q) == ' ') {
          q++;
        }
        if (q == r || q == end || s.charAt(q) == '#') {
          break;
        }
      }
      value = s.substring(p, last);
      plain = true;
      scalarEnd = last;
    }
    int q = scalarEnd;
    while (q < end && s.charAt(q) == ' ') {
      q++;
    }
    after = q;
  }

  private void quoted(int p, char quote) {
    StringBuilder out = null;
    int from = p + 1;
    int q = from;
    while (true) {
      if (q >= end) {
        throw new GiveUp(); // goes on to the next line, or never closes
      }
      char c = s.charAt(q);
      if (c == quote && (quote == '"' || q + 1 == end || s.charAt(q + 1) != '\'')) {
        break;
      }
      if (c == '\'' && quote == '\'') {
        out = append(out, from, q + 1);
        q += 2;
        from = q;
      } else if (c == '\\' && quote == '"') {
        out = append(out, from, q);
        char e = q + 1 < end ? s.charAt(q + 1) : ' ';
        if (e == '\\' || e == '"') {
          out.append(e);
        } else if (e == 'n') {
          out.append('\n');
        } else if (e == 't') {
          out.append('\t');
        } else if (e == 'u' && q + 6 <= end && hex4(q + 2)) {
          char u = (char) Integer.parseInt(s.substring(q + 2, q + 6), 16);
          if (Character.isSurrogate(u)) {
            throw new GiveUp();
          }
          out.append(u);
          q += 4;
        } else {
          throw new GiveUp();
        }
        q += 2;
        from = q;
      } else {
        q++;
      }
    }
    value = out == null ? s.substring(from, q) : out.append(s, from, q).toString();
    plain = false;
    scalarEnd = q + 1;
  }

  private StringBuilder append(StringBuilder out, int from, int to) {
    StringBuilder b = out == null ? new StringBuilder() : out;
    return b.append(s, from, to);
  }

  private boolean hex4(int p) {
    for (int i = p; i < p + 4; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A scalar on one line (at {@code p}, or empty at the 0-based line and column given). */
  private int scalarNode(int p, String text, boolean isPlain, int lastLine) {
    return scalarNode(p, text, isPlain, lastLine, line, p - start);
  }

  private int scalarNode(int p, String text, boolean isPlain, int lastLine, int atLine, int atColumn) {
    int i = table.addScalar(atLine + 1, atColumn + 1, text, isPlain, lastLine);
    countNode();
    return i;
  }

  private void countNode() {
    if (++nodesInDocument > MAX_NODES) {
      throw new GiveUp();
    }
  }

  /** Adds a collection's start event at a 0-based line and column. */
  private int addCollection(byte kind, int atLine, int atColumn) {
    int i = table.add(kind, atLine + 1, atColumn + 1);
    countNode();
    return i;
  }

  /** Makes the line after the current one current (or the next that is not blank or a comment). */
  private void next() {
    seek(end + 1, line + 1);
  }

  /** Makes the first line from {@code from} (a line's start) that is not blank or a comment current. */
  private void seek(int from, int lineNo) {
    int p = from;
    int l = lineNo;
    while (p < n) {
      int e = s.indexOf('\n', p);
      if (e < 0) {
        e = n;
      }
      int i = p;
      while (i < e && s.charAt(i) == ' ') {
        i++;
      }
      if (i < e && s.charAt(i) != '#') {
        start = p;
        end = e;
        line = l;
        indent = i - p;
        kind = CONTENT;
        if (i == p && e - p >= 3 && (s.startsWith("---", p) || s.startsWith("...", p))
            && (e - p == 3 || s.charAt(p + 3) == ' ')) {
          kind = s.charAt(p) == '-' ? DOCUMENT_START : DOCUMENT_END;
        }
        return;
      }
      p = e + 1;
      l++;
    }
    start = n;
    end = n;
    line = l;
    indent = 0;
    kind = EOF;
  }
}
