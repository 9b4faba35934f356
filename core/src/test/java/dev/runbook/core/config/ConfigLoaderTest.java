package dev.runbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** review.warn_before: what it takes and how a bad value is reported. */
class ConfigLoaderTest {
  private static final Path FILE = Path.of("runbook.yml");

  private static Config parse(String yaml) throws ConfigException {
    return new ConfigLoader(Set.of("RB301", "RB403")).parse(FILE, yaml);
  }

  /** The message of the exception a bad config gives. */
  private static String error(String yaml) {
    try {
      parse(yaml);
    } catch (ConfigException e) {
      assertThat(e.getCause()).isNull();
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0|0", "0d|0", "0D|0", "0 d|0", "0 D|0", "0w|0", "0W|0", "00d|0", "'0d'|0",
    "1d|1", "5D|5", "5 d|5", "14d|14", "14D|14", "2w|14", "2 W|14", "monthly|30", "Quarterly|90"})
  void warnBeforeIsADurationOrZeroInAnyCaseAndSpacing(String value, int days) throws ConfigException {
    assertThat(parse("review:\n  warn_before: " + value + "\n").warnBeforeDays()).as(value).isEqualTo(days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1d", "14", "1.5d", "soon", "0x", "d", "10000d", "0 dd", "fortnight"})
  void aBadWarnBeforeNamesTheLineAndTheFormsIncludingZero(String value) {
    assertThat(error("review:\n  interval: monthly\n  warn_before: " + value + "\n")).isEqualTo(
        "runbook.yml:3: review.warn_before '" + value + "' is not a duration: use a count like 14d or 2w, "
            + "0d to warn on the due date only, or monthly, quarterly, semiannual or annual");
  }

  @Test
  void warnBeforeIsOneValue() {
    assertThat(error("review:\n  warn_before: [14d]\n"))
        .isEqualTo("runbook.yml:2: review.warn_before must be a single value, like 14d");
  }
}
