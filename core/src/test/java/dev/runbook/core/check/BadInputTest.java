package dev.runbook.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input the issue lists: a finding or a clear problem, never a crash or hang. */
@Timeout(60)
class BadInputTest {
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  @TempDir Path dir;

  private Path root() throws IOException {
    Path root = dir.resolve("runbooks");
    Files.createDirectories(root);
    Files.writeString(root.resolve("README.md"), "# Index\n\n- [x](x.md)\n");
    return root;
  }

  private CheckResult check(Path root) throws CheckFailure {
    return new CheckRunner().run(CheckOptions.of(dir, root, TODAY));
  }

  private static List<Diagnostic> findings(CheckResult r, String file, String rule) {
    return r.report().diagnostics().stream().filter(d -> d.file().equals(file) && d.rule().equals(rule)).toList();
  }

  @Test
  void invalidUtf8IsAnEncodingFinding() throws Exception {
    Path root = root();
    Files.write(root.resolve("x.md"), "# T\n\ncaf\u00e9 \u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
    CheckResult r = check(root);
    assertThat(findings(r, "x.md", "RB501")).hasSize(2)
        .allSatisfy(d -> assertThat(d.line()).isEqualTo(3));
  }

  @Test
  void binaryFileNamedMdIsOneFindingAndNothingElse() throws Exception {
    Path root = root();
    Files.write(root.resolve("x.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13});
    CheckResult r = check(root);
    assertThat(r.report().diagnostics().stream().filter(d -> d.file().equals("x.md")))
        .singleElement().satisfies(d -> {
          assertThat(d.rule()).isEqualTo("RB501");
          assertThat(d.message()).contains("not a text file");
        });
  }

  @Test
  void emptyFileGetsStructureFindings() throws Exception {
    Path root = root();
    Files.write(root.resolve("x.md"), new byte[0]);
    CheckResult r = check(root);
    assertThat(findings(r, "x.md", "RB105")).hasSize(1);
    assertThat(findings(r, "x.md", "RB101")).hasSize(6);
    assertThat(r.incomplete()).isFalse();
  }

  @Test
  void fiftyMegabyteFileIsRefusedWithAClearMessage() throws Exception {
    Path root = root();
    byte[] line = "Just a very long runbook line that repeats and repeats and repeats.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(root.resolve("x.md"))) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(root.resolve("x.md").toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // exactly 50 MB: sizes are shown rounded up to a tenth
    }
    CheckResult r = check(root);
    assertThat(r.incomplete()).isTrue();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("x.md");
      assertThat(p.message()).contains("50.0 MB").contains("limit").contains("exclude");
    });
  }

  @Test
  void hundredThousandNestedBlockQuotesAndListsDoNotOverflow() throws Exception {
    Path root = root();
    Files.writeString(root.resolve("x.md"), "# T\n\n" + "> ".repeat(100_000) + "deep\n");
    Files.writeString(root.resolve("y.md"), "# T\n\n" + "- ".repeat(100_000) + "deep\n");
    StringBuilder indented = new StringBuilder("# T\n\n");
    for (int i = 0; i < 2_000; i++) {
      indented.append("  ".repeat(i)).append("- item\n");
    }
    Files.writeString(root.resolve("z.md"), indented.toString());
    CheckResult r = check(root);
    assertThat(findings(r, "x.md", "RB101")).hasSize(6);
    assertThat(findings(r, "y.md", "RB101")).hasSize(6);
    assertThat(findings(r, "z.md", "RB101")).hasSize(6);
  }

  @Test
  void brokenYamlIsOneErrorAtItsLine() throws Exception {
    Path root = root();
    Files.writeString(root.resolve("x.md"), "---\ntitle: x\nowner: [sre\n---\n# T\n");
    CheckResult r = check(root);
    assertThat(findings(r, "x.md", "RB504")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.line()).isBetween(3, 4);
      assertThat(d.message()).startsWith("broken YAML");
    });
  }

  @Test
  void yamlAliasBombIsRefused() throws Exception {
    Path root = root();
    StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (String k : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
      bomb.append(k).append(": &").append(k).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = k;
    }
    Files.writeString(root.resolve("x.md"), bomb + "---\n# T\n");
    CheckResult r = check(root);
    assertThat(findings(r, "x.md", "RB504")).singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void symlinkLoopIsSkippedWithANote() throws Exception {
    Path root = root();
    Files.writeString(root.resolve("x.md"), "# T\n");
    Files.createDirectories(root.resolve("sub"));
    Files.createSymbolicLink(root.resolve("sub/loop"), root);
    CheckResult r = check(root);
    assertThat(r.problems()).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo("sub/loop");
      assertThat(p.message()).contains("loop");
      assertThat(p.fatal()).isFalse();
    });
    assertThat(r.report().files()).containsExactly("README.md", "x.md");
  }

  @Test
  void symlinkOutOfTheRootIsNotFollowed() throws Exception {
    Path root = root();
    Path outside = dir.resolve("secret.md");
    Files.writeString(outside, "# Secret\n");
    Files.writeString(root.resolve("x.md"), "# T\n");
    Files.createSymbolicLink(root.resolve("leak.md"), outside);
    CheckResult r = check(root);
    assertThat(r.report().files()).doesNotContain("leak.md");
    assertThat(r.problems()).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo("leak.md");
      assertThat(p.message()).contains("outside the runbook root");
    });
  }

  @Test
  void unreadableFileIsAFatalProblemNamingIt() throws Exception {
    Path root = root();
    Files.writeString(root.resolve("x.md"), "# T\n");
    Files.writeString(root.resolve("locked.md"), "# T\n");
    RunbookSetLoader loader = new RunbookSetLoader(List.of(), List.of(), new RunbookParser(), 1, file -> {
      if (file.getFileName().toString().equals("locked.md")) {
        throw new AccessDeniedException(file.toString());
      }
      return Files.readAllBytes(file);
    });
    RunbookSet set = loader.load(root);
    assertThat(set.problems()).singleElement().satisfies(p -> {
      assertThat(p).isEqualTo(new LoadProblem("locked.md", "cannot read the file: permission denied", true));
    });
    assertThat(set.get("x.md")).isPresent();
  }

  @Test
  void missingRootIsAClearFailure() {
    assertThatThrownBy(() -> check(dir.resolve("nope")))
        .isInstanceOf(CheckFailure.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("does not exist");
  }

  @Test
  void configWithUnknownKeyOrBadValueNamesKeyAndLine() throws Exception {
    Path root = root();
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nreview:\n  interval: fortnightly\n");
    assertThatThrownBy(() -> new CheckRunner().run(CheckOptions.of(dir, root, TODAY)
            .withConfig(java.util.Optional.of(dir.resolve("runbook.yml")))))
        .isInstanceOf(CheckFailure.class)
        .hasMessageContaining("runbook.yml:3")
        .hasMessageContaining("fortnightly");
    Files.writeString(dir.resolve("runbook.yml"), "root: runbooks\nsectons: [Overview]\n");
    assertThatThrownBy(() -> new CheckRunner().run(CheckOptions.of(dir, root, TODAY)
            .withConfig(java.util.Optional.of(dir.resolve("runbook.yml")))))
        .isInstanceOf(CheckFailure.class)
        .hasMessageContaining("runbook.yml:2")
        .hasMessageContaining("unknown key 'sectons'");
  }

  @Test
  void runbooksWithCollidingAnchorsResolveToTheirOwnHeadings() throws Exception {
    Path root = root();
    Files.writeString(root.resolve("README.md"), "# Index\n\n- [a](a.md#steps-1)\n- [b](b.md#steps)\n- [c](b.md#steps-1)\n");
    String doc = "# T\n\n## Steps\n\ntext\n\n## Steps\n\nagain\n";
    Files.writeString(root.resolve("a.md"), doc);
    Files.writeString(root.resolve("b.md"), doc.replace("## Steps\n\nagain\n", "## Other\n"));
    CheckResult r = check(root);
    assertThat(findings(r, "README.md", "RB302")).singleElement().satisfies(d -> {
      assertThat(d.line()).isEqualTo(5);
      assertThat(d.message()).contains("'#steps-1' matches no heading in b.md");
    });
  }

  @Test
  void aliasClaimedByTwoRunbooksIsAnError() throws Exception {
    Path root = root();
    Files.writeString(root.resolve("a.md"), "---\naliases: [old/restart.md]\n---\n# A\n");
    Files.writeString(root.resolve("b.md"), "---\naliases: [old/restart.md]\n---\n# B\n");
    CheckResult r = check(root);
    assertThat(findings(r, "a.md", "RB504")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("also claimed by b.md"));
    assertThat(findings(r, "b.md", "RB504")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("also claimed by a.md"));
  }

  private static final String NO_REDIRECT =
      ", so the site makes no redirect for it: write the old path from the runbook folder, like old/name.md";

  @Test
  void oddAliasesAreFrontMatterWarningsAtTheirLine() throws Exception {
    Path root = root();
    Files.writeString(root.resolve("a.md"), "---\ntitle: A\naliases:\n  - old//path.md\n  - ../up\n  - ''\n"
        + "  - x?.md\n  - old/fine.md\n---\n# A\n");
    CheckResult r = check(root);
    assertThat(findings(r, "a.md", "RB504")).allSatisfy(d -> {
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
    }).extracting(Diagnostic::message).containsExactlyInAnyOrder(
        "alias 'old//path.md' is read as 'old/path.md': write it that way",
        "alias '../up' leaves the runbook folder" + NO_REDIRECT,
        "alias '' is empty" + NO_REDIRECT,
        "alias 'x?.md' holds characters a page path cannot have (only letters, digits, - _ . ~ / and spaces)"
            + NO_REDIRECT);
  }
}
