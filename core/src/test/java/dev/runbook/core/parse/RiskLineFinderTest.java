package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.RiskLine;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A risk line starts with "Risk Level:" (plain or emphasised) or an emphasised "**Risk**:"; plain
 * "Risk: …" is prose, whatever follows it.
 */
class RiskLineFinderTest {
  /** The risk line of a body whose first line is {@code line}, under a title and above a section. */
  private static Optional<RiskLine> find(String line) {
    List<String> lines = List.of("# Failover", "", line, "", "## Overview");
    return RiskLineFinder.find(lines, new BitSet(), 1, 5);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Risk: the primary may be lost",
    "Risk: high",
    "Risk: High",
    "risk: critical",
    "- Risk: high",
    "> Risk: low",
    "Risk:high",
    "The risk level: high, says the owner.",
    "Risks: high"})
  void plainRiskInProseIsNotARiskLine(String line) {
    assertThat(find(line)).as(line).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "**Risk Level**: 🔴 Critical|🔴|Critical|17",
    "Risk Level: High||High|13",
    "**Risk**: Low||Low|11",
    "*Risk*: low||low|9",
    "__Risk Level:__ 🟠 High|🟠|High|17",
    "- Risk level: high — needs approval||high|15",
    "> *Risk:* medium||medium|11",
    "RISK LEVEL: Medium <!-- agreed -->||Medium|13"})
  void riskLevelOrAnEmphasisedRiskIsARiskLine(String line, String emoji, String word, int column) {
    RiskLine risk = find(line).orElseThrow(() -> new AssertionError("not a risk line: " + line));
    assertThat(risk.emoji()).as(line).isEqualTo(emoji == null ? "" : emoji);
    assertThat(risk.word()).as(line).isEqualTo(word);
    assertThat(risk.position().line()).isEqualTo(3);
    assertThat(risk.position().column()).as(line).isEqualTo(column);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void proseAboveARiskLineDoesNotHideIt(int proseLines) {
    List<String> lines = new java.util.ArrayList<>(List.of("# Failover", ""));
    for (int i = 0; i < proseLines; i++) {
      lines.add(i % 2 == 0 ? "Risk: the primary may be lost" : "Risk: high");
    }
    lines.add("**Risk Level**: 🔴 Critical");
    lines.add("## Overview");
    RiskLine risk = RiskLineFinder.find(lines, new BitSet(), 1, lines.size()).orElseThrow();
    assertThat(risk.word()).isEqualTo("Critical");
    assertThat(risk.position().line()).isEqualTo(lines.size() - 1);
  }
}
