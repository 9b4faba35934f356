package dev.runbook.core.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u} format, three lines of context) between two versions of a file,
 * computed with Myers' algorithm after trimming the common head and tail. Lines are compared with
 * their terminators, so a changed line ending shows, and each line is printed with its own
 * terminator (a lone {@code \r} followed by {@code \n}, so the diff stays one line per line); a
 * last line without one is followed by {@code \ No newline at end of file}.
 * Stateless.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  /** Myers keeps one row per edit distance; past this many cells the middle is one big change. */
  private static final long MAX_TRACE_CELLS = 8_000_000L;

  private UnifiedDiff() {}

  private enum Op { KEEP, DELETE, INSERT }

  /** One line of the edit script; {@code a} and {@code b} are 0-based line indexes. */
  private record Edit(Op op, int a, int b) {}

  /**
   * The diff from {@code before} to {@code after}, with {@code --- oldLabel} and {@code +++
   * newLabel} headers; empty when the two are the same.
   */
  public static String between(String oldLabel, String newLabel, SourceLines before, SourceLines after) {
    List<String> a = withEndings(before);
    List<String> b = withEndings(after);
    List<Edit> script = script(a, b);
    if (script.stream().allMatch(e -> e.op() == Op.KEEP)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldLabel).append('\n');
    out.append("+++ ").append(newLabel).append('\n');
    for (int[] hunk : hunks(script)) {
      writeHunk(out, script.subList(hunk[0], hunk[1]), a, b);
    }
    return out.toString();
  }

  private static List<String> withEndings(SourceLines s) {
    List<String> out = new ArrayList<>(s.size());
    for (int i = 0; i < s.size(); i++) {
      out.add(s.line(i) + s.ending(i));
    }
    return out;
  }

  private static List<Edit> script(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<Edit> out = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      out.add(new Edit(Op.KEEP, i, i));
    }
    out.addAll(middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head));
    for (int i = tail; i > 0; i--) {
      out.add(new Edit(Op.KEEP, a.size() - i, b.size() - i));
    }
    return out;
  }

  /** Myers' greedy shortest edit script for the part between the common head and tail. */
  private static List<Edit> middle(List<String> a, List<String> b, int offset) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int off = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      if ((long) (d + 1) * v.length > MAX_TRACE_CELLS) {
        return replaceAll(n, m, offset);
      }
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[off + k] = x;
        if (x >= n && y >= m) {
          return backtrack(trace, n, m, off, offset);
        }
      }
    }
    throw new IllegalStateException("no edit script");
  }

  private static List<Edit> backtrack(List<int[]> trace, int n, int m, int off, int offset) {
    List<Edit> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d >= 0; d--) {
      int[] v = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? k + 1 : k - 1;
      int prevX = v[off + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        reversed.add(new Edit(Op.KEEP, offset + x, offset + y));
      }
      if (d > 0) {
        if (x == prevX) {
          reversed.add(new Edit(Op.INSERT, offset + x, offset + prevY));
        } else {
          reversed.add(new Edit(Op.DELETE, offset + prevX, offset + y));
        }
      }
      x = prevX;
      y = prevY;
    }
    List<Edit> out = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      out.add(reversed.get(i));
    }
    return out;
  }

  private static List<Edit> replaceAll(int n, int m, int offset) {
    List<Edit> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Edit(Op.DELETE, offset + i, offset));
    }
    for (int j = 0; j < m; j++) {
      out.add(new Edit(Op.INSERT, offset + n, offset + j));
    }
    return out;
  }

  /** Ranges {@code [from, to)} of the script, each a change with up to three lines of context. */
  private static List<int[]> hunks(List<Edit> script) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < script.size()) {
      if (script.get(i).op() == Op.KEEP) {
        i++;
        continue;
      }
      int from = Math.max(0, i - CONTEXT);
      int end = i;
      while (true) {
        while (end < script.size() && script.get(end).op() != Op.KEEP) {
          end++;
        }
        int keep = end;
        while (keep < script.size() && script.get(keep).op() == Op.KEEP) {
          keep++;
        }
        if (keep < script.size() && keep - end <= 2 * CONTEXT) {
          end = keep;
        } else {
          break;
        }
      }
      int to = Math.min(script.size(), end + CONTEXT);
      if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
        out.get(out.size() - 1)[1] = to;
      } else {
        out.add(new int[] {from, to});
      }
      i = end;
    }
    return out;
  }

  private static void writeHunk(StringBuilder out, List<Edit> hunk, List<String> a, List<String> b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    for (Edit e : hunk) {
      if (e.op() != Op.INSERT) {
        aStart = aStart < 0 ? e.a() : aStart;
        aCount++;
      }
      if (e.op() != Op.DELETE) {
        bStart = bStart < 0 ? e.b() : bStart;
        bCount++;
      }
    }
    // An empty side names the line before it, as diff -u does (0 at the very top).
    Edit first = hunk.get(0);
    out.append("@@ -").append(range(aStart < 0 ? first.a() : aStart, aCount))
        .append(" +").append(range(bStart < 0 ? first.b() : bStart, bCount)).append(" @@\n");
    for (Edit e : hunk) {
      String line = e.op() == Op.INSERT ? b.get(e.b()) : a.get(e.a());
      char mark = e.op() == Op.KEEP ? ' ' : e.op() == Op.DELETE ? '-' : '+';
      out.append(mark).append(line);
      if (line.endsWith("\r")) {
        out.append('\n');
      } else if (!line.endsWith("\n")) {
        out.append("\n\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int start0, int count) {
    if (count == 0) {
      return start0 + ",0";
    }
    return count == 1 ? String.valueOf(start0 + 1) : (start0 + 1) + "," + count;
  }
}
