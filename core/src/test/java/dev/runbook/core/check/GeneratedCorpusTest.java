package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runbook.core.parse.SafeYaml;
import dev.runbook.core.report.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark corpus generator plants faults and lists them in a manifest: the check must
 * find exactly those, with the right rule, and nothing else.
 */
class GeneratedCorpusTest {
  private static final Path GENERATOR = Path.of("../bench/gen_corpus.py");

  @TempDir Path dir;

  @Test
  void findsExactlyThePlantedFaults() throws Exception {
    assumeTrue(Files.isRegularFile(GENERATOR), "bench/gen_corpus.py not found from " + Path.of("").toAbsolutePath());
    Path corpus = dir.resolve("corpus");
    Path manifest = dir.resolve("manifest.json");
    Process p = new ProcessBuilder("python3", GENERATOR.toString(), corpus.toString(), "400",
        "--manifest", manifest.toString()).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("gen_corpus.py exit status").isZero();

    Clock reference = Clock.fixed(LocalDate.of(2026, 11, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    List<Diagnostic> found = new CheckRunner().run(CheckOptions.of(dir, corpus, reference)).report().diagnostics();

    Map<String, String> expected = new TreeMap<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) SafeYaml.toData(new SafeYaml().compose(Files.readString(manifest)).get());
    for (Object o : (List<?>) m.get("broken")) {
      @SuppressWarnings("unchecked")
      Map<String, String> b = (Map<String, String>) o;
      String rule = switch (b.get("kind")) {
        case "missing_section" -> "RB101";
        case "stale_review" -> "RB402";
        case "broken_link" -> "missing_file".equals(b.get("link")) ? "RB301" : "RB302";
        default -> throw new AssertionError(b);
      };
      expected.put(b.get("path"), rule);
    }
    Map<String, String> actual = new TreeMap<>();
    List<String> extra = new ArrayList<>();
    for (Diagnostic d : found) {
      if (actual.put(d.file(), d.rule()) != null) {
        extra.add(d.file() + ": " + d.rule() + " " + d.message());
      }
    }
    assertThat(expected).as("planted faults").isNotEmpty();
    assertThat(actual).isEqualTo(expected);
    assertThat(extra).as("more than one finding in a file").isEmpty();
  }
}
