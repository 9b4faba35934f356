package dev.runbook.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.parse.SafeYaml;
import dev.runbook.core.parse.YamlProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlScalarsTest {
  @Test
  void plainWhenSafe() {
    assertThat(YamlScalars.of("SRE Team")).isEqualTo("SRE Team");
    assertThat(YamlScalars.of("2026-11-28")).isEqualTo("2026-11-28");
    assertThat(YamlScalars.of("Ana Díaz")).isEqualTo("Ana Díaz");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ops: on call", "#team", "null", "yes", "a \"quoted\" \\ name", "- dash", "[x]",
      "trailing ", "{a}", "*alias", "Team #1", "@ops"})
  void readsBackAsTheSameString(String value) throws YamlProblem {
    String yaml = "k: " + YamlScalars.of(value);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) SafeYaml.toData(new SafeYaml().compose(yaml).orElseThrow());
    assertThat(map.get("k")).isEqualTo(value);
  }

  @Test
  void singleQuotesDoubleTheQuote() {
    assertThat(YamlScalars.singleQuoted("O'Brien")).isEqualTo("'O''Brien'");
  }
}
