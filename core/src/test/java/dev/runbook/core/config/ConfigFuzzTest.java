package dev.runbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.rules.builtin.BuiltinRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Any {@code runbook.yml} text is either a configuration the tool can run with (its globs make a
 * loader) or a {@link ConfigException} that names the file and a line of it: never another
 * exception, never a line the file does not have. {@code bench/fuzz.sh config 10m} fuzzes it.
 */
class ConfigFuzzTest {
  private static final Path FILE = Path.of("runbook.yml");
  private static final Pattern REPORTED = Pattern.compile("runbook\\.yml:(\\d+): \\S.*", Pattern.DOTALL);
  /** Line breaks as a YAML reader may count them. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

  private final ConfigLoader loader =
      new ConfigLoader(BuiltinRules.all().stream().map(r -> r.info().id()).collect(Collectors.toSet()));
  private final RunbookParser parser = new RunbookParser();

  @FuzzTest
  void parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Config config;
    try {
      config = loader.parse(FILE, text);
    } catch (ConfigException e) {
      Matcher m = REPORTED.matcher(e.getMessage());
      assertThat(m.matches()).as("'%s' names the file and a line", e.getMessage()).isTrue();
      assertThat(Integer.parseInt(m.group(1))).as(e.getMessage()).isBetween(1, lineCount(text));
      return;
    }
    assertThat(config.sections()).isNotEmpty();
    assertThat(config.warnBeforeDays()).isNotNegative();
    new RunbookSetLoader(config.exclude(), config.documents(), parser, 1);
  }

  private static int lineCount(String text) {
    Matcher m = LINE_BREAK.matcher(text);
    int lines = 1;
    while (m.find()) {
      lines++;
    }
    return lines;
  }
}
