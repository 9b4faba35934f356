package dev.runbook.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  private static SourceLines lines(String text) {
    return SourceLines.of(text, false);
  }

  private static String diff(String before, String after) {
    return UnifiedDiff.between("a/f.md", "b/f.md", lines(before), lines(after));
  }

  private static String numbered(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i <= to; i++) {
      out.append(i).append('\n');
    }
    return out.toString();
  }

  @Test
  void nothingForEqualTexts() {
    assertThat(diff("a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void oneChangedLineWithContext() {
    String before = numbered(1, 10);
    String after = before.replaceAll("(?m)^5$", "five");
    assertThat(diff(before, after)).isEqualTo("""
        --- a/f.md
        +++ b/f.md
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void farApartChangesMakeTwoHunksAndNearOnesOne() {
    String before = numbered(1, 20);
    String far = before.replaceAll("(?m)^2$", "two").replaceAll("(?m)^18$", "eighteen");
    assertThat(diff(before, far)).contains("@@ -1,5 +1,5 @@").contains("@@ -15,6 +15,6 @@")
        .doesNotContain("@@ -1,20");
    String near = before.replaceAll("(?m)^2$", "two").replaceAll("(?m)^8$", "eight");
    assertThat(diff(before, near)).contains("@@ -1,11 +1,11 @@");
    assertThat(diff(before, near).lines().filter(l -> l.startsWith("@@")).count()).isEqualTo(1);
  }

  @Test
  void insertionAtTheTopAndIntoAnEmptyFile() {
    assertThat(diff("b\n", "a\nb\n")).isEqualTo("""
        --- a/f.md
        +++ b/f.md
        @@ -1 +1,2 @@
        +a
         b
        """);
    assertThat(diff("", "a\n")).isEqualTo("""
        --- a/f.md
        +++ b/f.md
        @@ -0,0 +1 @@
        +a
        """);
  }

  @Test
  void pureInsertionAfterContext() {
    assertThat(diff("a\nb\nc\nd\ne\n", "a\nb\nc\nd\nX\ne\n")).isEqualTo("""
        --- a/f.md
        +++ b/f.md
        @@ -2,4 +2,5 @@
         b
         c
         d
        +X
         e
        """);
  }

  @Test
  void marksAMissingFinalNewline() {
    assertThat(diff("a\nb", "a\nc")).isEqualTo("""
        --- a/f.md
        +++ b/f.md
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +c
        \\ No newline at end of file
        """);
  }

  @Test
  void keepsCarriageReturnsOfCrlfLines() {
    assertThat(diff("a\r\nb\r\n", "a\r\nc\r\n")).isEqualTo(
        "--- a/f.md\n+++ b/f.md\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
  }

  @Test
  void showsCrOnlyLinesOnePerLineWithTheirCarriageReturn() {
    assertThat(diff("a\rb\rc\r", "a\rB\rc\r")).isEqualTo(
        "--- a/f.md\n+++ b/f.md\n@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\r\n");
  }

  @Test
  void appliesBackToTheNewText() {
    String before = numbered(1, 300);
    String after = before.replaceAll("(?m)^7$", "seven").replaceAll("(?m)^150\n", "")
        .replaceAll("(?m)^299$", "299\nextra");
    assertThat(apply(before, diff(before, after))).isEqualTo(after);
  }

  /** A minimal patch applier for the diffs this class writes (LF text only). */
  private static String apply(String before, String diff) {
    List<String> old = new ArrayList<>(before.lines().toList());
    List<String> out = new ArrayList<>();
    int next = 0;
    List<String> d = diff.lines().toList();
    for (int i = 2; i < d.size(); i++) {
      String l = d.get(i);
      if (l.startsWith("@@")) {
        String a = l.substring(4, l.indexOf(' ', 4));
        int start = Integer.parseInt(a.split(",")[0]);
        int count = a.contains(",") ? Integer.parseInt(a.split(",")[1]) : 1;
        int from = count == 0 ? start : start - 1;
        while (next < from) {
          out.add(old.get(next++));
        }
      } else if (l.startsWith(" ")) {
        out.add(old.get(next++));
      } else if (l.startsWith("-")) {
        next++;
      } else if (l.startsWith("+")) {
        out.add(l.substring(1));
      }
    }
    while (next < old.size()) {
      out.add(old.get(next++));
    }
    return String.join("\n", out) + "\n";
  }
}
