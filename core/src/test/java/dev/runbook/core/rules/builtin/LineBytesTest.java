package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBytesTest {
  @Test
  void keepsEveryCharAtItsIndexAndAsciiAsItIs() {
    LineBytes bytes = new LineBytes();
    String line = "a🟢b é=Ľ:";
    byte[] b = bytes.of(line);
    assertThat(b[0]).isEqualTo((byte) 'a');
    assertThat(b[3]).isEqualTo((byte) 'b');
    assertThat(b[6]).isEqualTo((byte) '=');
    assertThat(b[8]).isEqualTo((byte) ':');
    // Not ASCII: some byte, perhaps one that looks like ASCII (Ľ is 0x13D, low byte '=').
    assertThat(b[7]).isEqualTo((byte) '=');
  }

  @Test
  void growsForLongLinesAndReusesItsBuffer() {
    LineBytes bytes = new LineBytes();
    String longLine = "x".repeat(1000) + "END";
    byte[] b = bytes.of(longLine);
    assertThat(LineBytes.has(b, longLine.length(), 1000, "END")).isTrue();
    assertThat(bytes.of("short")).isSameAs(b);
  }

  @Test
  void matchesOnlyWithinTheLine() {
    byte[] b = new LineBytes().of("sk-ab");
    assertThat(LineBytes.has(b, 5, 0, "sk-")).isTrue();
    assertThat(LineBytes.has(b, 5, -1, "sk-")).isFalse();
    assertThat(LineBytes.has(b, 5, 3, "abc")).isFalse();
    assertThat(LineBytes.has(b, 2, 0, "sk-")).as("bytes past n are not the line's").isFalse();
    assertThat(LineBytes.hasIgnoreCase(new LineBytes().of("x BeArEr"), 8, 2, "bearer")).isTrue();
    assertThat(LineBytes.hasIgnoreCase(new LineBytes().of("bearer"), 6, 1, "bearer")).isFalse();
  }
}
