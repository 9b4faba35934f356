package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholderRuleTest {
  private static List<String> findings(String text) {
    List<String> found = RuleRun.findings(new PlaceholderRule(), text);
    assertThat(found).as("the same as before the quick scan")
        .isEqualTo(RuleRun.findings(new ReferencePlaceholderRule(), text));
    return found;
  }

  /** "line:column" of each finding. */
  private static List<String> at(String text) {
    return findings(text).stream().map(f -> f.substring(0, f.indexOf(' '))).toList();
  }

  @Test
  void wordsAndAnglesAtTheStartAndEndOfALine() {
    assertThat(at("TODO\n")).containsExactly("1:1");
    assertThat(at("finish this TODO\n")).containsExactly("1:13");
    assertThat(at("TBD: the host\nthe host is FIXME\nXXX\n")).containsExactly("1:1", "2:13", "3:1");
    assertThat(at("<standby-host> is next\nfail over to <standby-host>\n")).containsExactly("1:1", "2:14");
    assertThat(at("TODOS, TBDs and XXXL are words\n")).isEmpty();
    assertThat(at("<br> and <B> are tags\n")).isEmpty();
  }

  @Test
  void htmlElementsAreMarkupNotPlaceholders() {
    assertThat(at("<nobr>lb-2</nobr>, <KBD>Ctrl</KBD>, <details open>, <summary>, <center>, <dialog>\n")).isEmpty();
    assertThat(at("<marquee> <blink> <tt> <wbr> <template> <slot> <search>\n")).isEmpty();
    assertThat(at("kubectl -n <namespace> get pods on <host name>\n")).containsExactly("1:12", "1:36");
    assertThat(at("paste <output of the command> here, not <details closed>\n")).containsExactly("1:7", "1:41");
  }

  @Test
  void skeletonGuidanceIsAnErrorInCriticalAndHighRunbooksAndAWarningElsewhere() {
    String guidance = "## Steps\n\n1. Write the first action with the exact command to run and the output to expect.\n"
        + "\n## Overview\n\nDescribe the situation this procedure handles and what it changes. Name the systems involved,\n"
        + "what users notice while it runs, and the alert or request that brings an engineer here.\n";
    for (String risk : List.of("critical", "high", "medium", "low")) {
      List<String> found = RuleRun.diagnostics(new PlaceholderRule(), "---\nrisk: " + risk + "\n---\n" + guidance)
          .stream().map(d -> d.line() + ":" + d.column() + " " + d.severity().id()).toList();
      String severity = risk.equals("critical") || risk.equals("high") ? "error" : "warning";
      assertThat(found).as(risk).containsExactly("6:1 " + severity, "10:1 " + severity);
    }
    assertThat(RuleRun.findings(new PlaceholderRule(), "Describe the situation this procedure handles in detail.\n"))
        .as("a sentence of one's own that starts alike").isEmpty();
  }

  @Test
  void placeholdersDirectlyAfterNonLatin1Text() {
    assertThat(at("🟢<standby-host>\n")).containsExactly("1:3");
    assertThat(at("🔴TODO\n")).containsExactly("1:3");
    assertThat(at("日本 TBD\n")).containsExactly("1:4");
    // é is a letter, so there is no word boundary before the T.
    assertThat(at("éTODO\n")).isEmpty();
    // ļ (0x13C) has the low byte of '<', Ť (0x164) of 'd', Ō of 'O': none of them is the ASCII text.
    assertThat(at("\u013chost> T\u014cDO \u0164ODO\n")).isEmpty();
  }

  @Test
  void loremIpsumAsBefore() {
    assertThat(at("Lorem ipsum dolor sit amet\n")).containsExactly("1:1");
    assertThat(at("see lorem ipsum\n")).containsExactly("1:5");
    // The test that picks lines reads "orem" in lower case, or an upper-case run: kept as it was.
    assertThat(at("LOREM IPSUM\n")).isEmpty();
    assertThat(at("TLS: LOREM IPSUM\n")).containsExactly("1:6");
    assertThat(at("`lorem ipsum`\n")).isEmpty();
  }

  @Test
  void commentsAndCodeHideWords() {
    assertThat(at("<!-- TODO\nTODO -->TODO\nTODO\n")).containsExactly("2:9", "3:1");
    assertThat(at("`TODO` and <!-- TBD --> FIXME\n")).containsExactly("1:25");
    assertThat(at("```\nTODO <host>\n```\nTBD\n")).containsExactly("4:1");
    assertThat(at("<!-- open\n\nstill <host>\n-->\n<host>\n")).containsExactly("5:1");
  }

  private static final List<String> FRAGMENTS = List.of(
      "TODO", "TBD", "FIXME", "XXX", "TLS", "TCP", "Then", "FOO", "XX", "X", "T", "F", "O", "D", "BD",
      "lorem ipsum", "Lorem ipsum", "LOREM IPSUM", "LoReM iPsUm", "orem", "OREM", "lorem", "ipsum", "m",
      "<host>", "<standby-host>", "<br>", "<B>", "<a b>", "<db_name 2>", "<", ">", "<!--", "-->",
      "<!-- x -->", "`", "``", "`TODO`", "a", "the", "word", "TÉST", "TΣΣ", "É", ":", "-", "_", "1");

  @Test
  void findsExactlyWhatTheRuleFoundBeforeItsQuickScan() {
    Fuzz fuzz = new Fuzz(502);
    Map<String, String> files = new LinkedHashMap<>();
    for (int f = 0; f < 60; f++) {
      StringBuilder doc = new StringBuilder();
      if (f % 3 != 0) {
        doc.append("---\nrisk: ").append(f % 3 == 1 ? "critical" : "low").append("\n---\n");
      }
      for (int l = 0; l < 100; l++) {
        doc.append(fuzz.nextInt(40) == 0 ? "```" : fuzz.line(FRAGMENTS, 6)).append('\n');
      }
      files.put("f" + f + ".md", doc.toString());
    }
    var expected = RuleRun.diagnostics(new ReferencePlaceholderRule(), Config.DEFAULT, files);
    assertThat(expected).as("the generated lines hold placeholders").hasSizeGreaterThan(1000);
    assertThat(RuleRun.diagnostics(new PlaceholderRule(), Config.DEFAULT, files)).isEqualTo(expected);
  }
}
