package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.publish.SitePublisher;
import dev.runbook.core.site.render.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A build renders each body from the tree the check's loader parsed (drafts whose links are filled
 * in once the index is known). Whole sites built that way must equal, byte for byte, sites whose
 * bodies are parsed again: on the site fixtures (every page kind, hostile input), our own sample
 * set and the public corpora, whether the drafts wait as they are or deflated (a big set), and
 * with the drafted documents' texts let go and read back from their files where needed.
 */
class DraftedSiteTest {
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource({
    "src/test/resources/site/fixture, , true",
    "src/test/resources/site/xss, , false",
    "../runbooks, ../runbook.yml, true",
    "../../shared/corpora/openshift__runbooks, ../bench/corpora/openshift.yml, true",
    "../../shared/corpora/prometheus-operator__runbooks, ../bench/corpora/prometheus-operator.yml, true"})
  void aSiteFromTheChecksOwnParseEqualsOneParsedAgain(String folder, String config, boolean mostlyDrafted,
      @TempDir Path tmp) throws Exception {
    Path root = Path.of(folder).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(root), "runbook set not found at " + root);
    CheckOptions options = CheckOptions.of(Path.of("").toAbsolutePath(), root, TODAY)
        .withConfig(Optional.ofNullable(config).map(Path::of));
    CheckRunner plain = new CheckRunner();
    SitePublisher publisher = new SitePublisher(plain.rules());

    CheckResult parsedTwice = plain.run(options);
    publisher.publish(tmp.resolve("parsed-twice"), Optional.of("https://ops.example.com/"), options, parsedTwice);

    Map<String, byte[]> expected = SiteBuilderTest.files(tmp.resolve("parsed-twice"));
    // As a small set keeps its drafts, and as one whose drafts are all deflated.
    for (long plainDraftBytes : new long[] {MarkdownRenderer.PLAIN_DRAFT_BYTES, 0}) {
      AtomicReference<MarkdownRenderer> drafting = new AtomicReference<>();
      CheckResult parsedOnce = plain.withTrees(c -> {
        drafting.set(new MarkdownRenderer(c, plainDraftBytes));
        return drafting.get();
      }).run(options);
      int drafted = drafting.get().drafts();
      Path out = tmp.resolve("parsed-once-" + plainDraftBytes);
      SiteOptions site = publisher.options(out, Optional.of("https://ops.example.com/"),
          options, parsedOnce).withRenderer(drafting.get());
      new SiteBuilder(site).build(parsedOnce.set(), parsedOnce.config(), parsedOnce.index());

      assertThat(parsedOnce.report().diagnostics()).isEqualTo(parsedTwice.report().diagnostics());
      Map<String, byte[]> actual = SiteBuilderTest.files(out);
      assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
      expected.forEach((path, bytes) -> assertThat(new String(actual.get(path), java.nio.charset.StandardCharsets.UTF_8))
          .as(path).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(drafting.get().drafts()).as("every draft was used").isZero();
      if (mostlyDrafted) {
        assertThat(drafted).as("bodies drafted while loading").isGreaterThan(parsedOnce.set().documents().size() / 2);
        // Their texts were let go after their checks; the findings and pages above read back the rest.
        long released = parsedOnce.set().documents().stream()
            .filter(d -> d.lines() instanceof dev.runbook.core.model.PackedLines p && p.released()).count();
        assertThat(released).as("texts let go").isPositive();
      }
    }
  }
}
