package dev.runbook.core.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code runbook init ROOT} then {@code runbook check} on a copy of each public set in {@code
 * shared/corpora} (found from the working folder upwards; skipped where it is not): the first
 * check is green with the config and baseline that init wrote, as a team's first CI run must be.
 */
class InitOnPublicCorporaTest {
  private static final Clock TODAY = Lint.clock(LocalDate.of(2026, 12, 7));

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
      "prometheus-operator__runbooks, ., hugo, 'sections: [Meaning, Impact, Diagnosis, Mitigation]'",
      "prometheus-operator__runbooks, content, hugo, 'sections: [Meaning, Impact, Diagnosis, Mitigation]'",
      "openshift__runbooks, ., runbook, 'sections: [Meaning, Impact, Diagnosis, Mitigation]'",
      "openshift__runbooks, alerts, runbook, 'sections: [Meaning, Impact, Diagnosis, Mitigation]'"})
  void initThenCheckIsGreen(String corpus, String root, String style, String sections) throws Exception {
    Optional<Path> source = corpora().map(c -> c.resolve(corpus)).filter(Files::isDirectory);
    assumeTrue(source.isPresent(), "shared/corpora/" + corpus + " not found above " + Path.of("").toAbsolutePath());
    Path set = dir.resolve(corpus);
    copy(source.get(), set);

    InitResult r = new SetInitializer(new CheckRunner(), TODAY, 1).init(set, set.resolve(root), set, false);

    String text = Files.readString(r.config());
    assertThat(text).contains(sections);
    assertThat(text.contains("url_style: hugo")).isEqualTo(style.equals("hugo"));
    CheckResult check = new CheckRunner().run(new CheckOptions(set, Optional.empty(), List.of(), Optional.empty(),
        TODAY, false, Optional.empty(), Optional.empty(), 1));
    assertThat(check.incomplete()).isFalse();
    assertThat(check.all().diagnostics()).isNotEmpty();
    assertThat(check.report().diagnostics()).isEmpty();
  }

  private static Optional<Path> corpora() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared/corpora");
      if (Files.isDirectory(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
