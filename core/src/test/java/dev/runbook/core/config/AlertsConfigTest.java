package dev.runbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.runbook.core.model.Position;
import org.junit.jupiter.api.Test;

/** The {@code alerts:} block of runbook.yml (SPEC §7.2): what it becomes, and bad ones by line. */
class AlertsConfigTest {
  private static final Path FILE = Path.of("runbook.yml");

  private static Config parse(String yaml) throws ConfigException {
    return new ConfigLoader(Set.of("RB601")).parse(FILE, yaml);
  }

  private static String error(String yaml) {
    try {
      parse(yaml);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @Test
  void withoutABlockNoAlertsAreReadAndBothAnnotationKeysCount() throws ConfigException {
    AlertsConfig a = parse("root: runbooks\n").alerts();
    assertThat(a.rules()).isEmpty();
    assertThat(a.annotations()).containsExactly("runbook_url", "runbook");
    assertThat(a.requireRunbook()).as("every alert").isEmpty();
    assertThat(a.ignoreCase()).isFalse();
  }

  @Test
  void readsEveryKeyOfTheSpecsExample() throws ConfigException {
    AlertsConfig a = parse("""
        alerts:
          rules: ["../deploy/**/*.yaml"]
          runbook_urls:
            - "https://runbooks.example.org/{path}"
            - "https://github.com/example/ops/blob/main/runbooks/{path}.md"
          ignore_case: true
          annotations: [runbook_url, runbook]
          require_runbook: [critical, warning]
          runbooks: ["alerts/**"]
        """).alerts();
    assertThat(a).isEqualTo(new AlertsConfig(List.of("../deploy/**/*.yaml"),
        List.of("https://runbooks.example.org/{path}", "https://github.com/example/ops/blob/main/runbooks/{path}.md"),
        true, List.of("runbook_url", "runbook"), List.of("critical", "warning"), List.of("alerts/**"),
        Map.of("../deploy/**/*.yaml", new Position(2, 11))));
  }

  @Test
  void anUnknownKeyIsNamedWithItsLineAndTheKeysAllowed() {
    assertThat(error("alerts:\n  rules: [a.yaml]\n  runbook_url: x\n"))
        .contains("runbook.yml:3:").contains("alerts.runbook_url").contains("runbook_urls");
  }

  @Test
  void aPatternWithoutPathSaysWhereThePathGoes() {
    assertThat(error("alerts:\n  runbook_urls: [\"https://runbooks.example.org/\"]\n"))
        .contains("runbook.yml:2:").contains("{path}");
  }

  @Test
  void ignoreCaseIsTrueOrFalse() {
    assertThat(error("alerts:\n  ignore_case: maybe\n")).contains("runbook.yml:2:").contains("true or false");
  }

  @Test
  void annotationsMayNotBeEmpty() {
    assertThat(error("alerts:\n  annotations: []\n")).contains("runbook.yml:2:").contains("annotation key");
  }
}
