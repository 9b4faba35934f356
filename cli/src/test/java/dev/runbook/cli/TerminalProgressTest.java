package dev.runbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final StringWriter text = new StringWriter();
  private final TerminalProgress progress = new TerminalProgress(new PrintWriter(text), now::get);

  @Test
  void quietForTheFirstSecondThenOneUpdatingLineThenErased() {
    progress.filesParsed(10, 100);
    assertThat(text.toString()).isEmpty();
    now.set(1_200_000_000L);
    progress.filesParsed(50, 100);
    now.addAndGet(10_000_000L);
    progress.filesParsed(51, 100);
    assertThat(text.toString()).isEqualTo("\rparsed 50 of 100 files\u001b[K");
    progress.filesParsed(100, 100);
    progress.clear();
    assertThat(text.toString()).endsWith("\rparsed 100 of 100 files\u001b[K\r\u001b[K");
  }

  @Test
  void shortWorkLeavesNoTrace() {
    progress.filesParsed(1, 1);
    progress.clear();
    assertThat(text.toString()).isEmpty();
  }
}
