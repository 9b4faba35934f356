package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.LinkKind;
import dev.runbook.core.model.Position;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunbookParserTest {
  private static Runbook parse(String text) {
    return new RunbookParser().parse("ops/x.md", Path.of("/tmp/ops/x.md"), DocumentKind.RUNBOOK,
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static final String RUNBOOK = String.join("\n",
      "---",
      "title: Restart the API",
      "risk: high",
      "tags: [api, restart]",
      "---",
      "",
      "# Restart the API",
      "",
      "**Risk Level**: 🟡 High",
      "",
      "## 1. Overview",
      "",
      "Restarts it. See [rollback](#rollback) and ![diagram](img/d.png).",
      "",
      "## Steps",
      "",
      "1. Stop <a href=\"other.md#x\">it</a>",
      "2. Start",
      "",
      "   ```bash",
      "   systemctl start api",
      "   ```",
      "",
      "## Rollback",
      "",
      "N/A",
      "",
      "## Rollback",
      "");

  @Test
  void frontMatterValuesKeepTheirKeyLines() {
    Runbook r = parse(RUNBOOK);
    assertThat(r.frontMatter().string("risk")).contains("high");
    assertThat(r.frontMatter().get("risk").get().position()).isEqualTo(new Position(3, 1));
    assertThat(r.frontMatter().strings("tags")).containsExactly("api", "restart");
    assertThat(r.title()).isEqualTo("Restart the API");
  }

  @Test
  void headingsSectionsAndAnchorsUseFileLineNumbers() {
    Runbook r = parse(RUNBOOK);
    assertThat(r.titles()).singleElement().satisfies(h -> assertThat(h.position().line()).isEqualTo(7));
    assertThat(r.sections()).extracting(Section::title)
        .containsExactly("1. Overview", "Steps", "Rollback", "Rollback");
    assertThat(r.sections()).extracting(s -> s.heading().anchor())
        .containsExactly("1-overview", "steps", "rollback", "rollback-1");
    Section steps = r.sections().get(1);
    assertThat(steps.hasOrderedList()).isTrue();
    assertThat(steps.actionableItems()).isEqualTo(3);
    Section rollback = r.sections().get(2);
    assertThat(rollback.hasContent()).isTrue();
    assertThat(rollback.actionableItems()).isZero();
    assertThat(r.sections().get(3).hasContent()).isFalse();
  }

  @Test
  void riskLineIsReadBeforeTheFirstSection() {
    Runbook r = parse(RUNBOOK);
    assertThat(r.riskLine()).hasValueSatisfying(l -> {
      assertThat(l.emoji()).isEqualTo("🟡");
      assertThat(l.word()).isEqualTo("High");
      assertThat(l.position()).isEqualTo(new Position(9, 17));
    });
    assertThat(r.risk()).contains(RiskLevel.HIGH);
  }

  @Test
  void linksImagesAndHtmlLinksCarryTheirPositions() {
    Runbook r = parse(RUNBOOK);
    assertThat(r.links()).extracting(l -> l.destination() + "@" + l.position().line() + ":" + l.position().column() + ":" + l.kind())
        .containsExactly("#rollback@13:29:LINK", "img/d.png@13:55:IMAGE", "other.md#x@17:18:HTML");
    assertThat(r.links().get(0).kind()).isEqualTo(LinkKind.LINK);
  }

  @Test
  void codeLinesAreKnown() {
    Runbook r = parse(RUNBOOK);
    assertThat(r.isCodeLine(21)).isTrue();
    assertThat(r.isCodeLine(18)).isFalse();
    assertThat(r.codeBlocks()).singleElement().satisfies(c -> {
      assertThat(c.info()).isEqualTo("bash");
      assertThat(c.firstLine()).isEqualTo(21);
    });
  }

  @Test
  void suppressionCommentsBecomeLineRanges() {
    Runbook r = parse(String.join("\n", "# T", "<!-- runbook-disable-next-line RB301 -->", "[a](x.md)",
        "<!-- runbook-disable RB502 -->", "TODO", "<!-- runbook-enable RB502 -->", "TODO", ""));
    assertThat(r.suppressions()).anySatisfy(s -> {
      assertThat(s.covers("RB301", 3)).isTrue();
      assertThat(s.covers("RB301", 4)).isFalse();
    });
    assertThat(r.suppressions().stream().anyMatch(s -> s.covers("RB502", 5))).isTrue();
    assertThat(r.suppressions().stream().anyMatch(s -> s.covers("RB502", 7))).isFalse();
  }

  @Test
  void brokenYamlIsAProblemAtTheRightLineNotAnException() {
    Runbook r = parse("---\ntitle: ok\nrisk: [high\n---\n# T\n");
    assertThat(r.frontMatter().error()).hasValueSatisfying(p -> {
      assertThat(p.message()).startsWith("broken YAML in front matter");
      assertThat(p.position().line()).isBetween(3, 4);
    });
  }

  @Test
  void anEscapeCutOffByTheEndOfTheFrontMatterIsAProblemOnItsLine() {
    for (String escape : new String[] {"\\x", "\\u", "\\U"}) {
      Runbook r = parse("---\ntitle: ok\nowner: \"" + escape + "\n---\n# T\n");
      assertThat(r.frontMatter().error()).as(escape).hasValueSatisfying(p -> {
        assertThat(p.message()).startsWith("broken YAML in front matter: the text ends inside the escape sequence");
        assertThat(p.position().line()).isEqualTo(3);
      });
    }
  }

  @Test
  void duplicateKeysAndAliasBombsAreRefused() {
    assertThat(parse("---\nrisk: high\nrisk: low\n---\n# T\n").frontMatter().error())
        .hasValueSatisfying(p -> assertThat(p.message()).contains("duplicate key 'risk'"));
    StringBuilder bomb = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'z'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = c;
    }
    bomb.append("---\n# T\n");
    assertThat(parse(bomb.toString()).frontMatter().error()).isPresent();
  }

  @Test
  void unclosedFrontMatterIsReported() {
    assertThat(parse("---\ntitle: x\n# T\n").frontMatter().error())
        .hasValueSatisfying(p -> assertThat(p.message()).contains("never closed"));
  }
}
