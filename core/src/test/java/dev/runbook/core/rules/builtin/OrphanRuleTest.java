package dev.runbook.core.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.rules.Linter;
import dev.runbook.core.testing.Lint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RB304 follows folder links to any index page, and its hint names a page where a link would count. */
class OrphanRuleTest {
  @TempDir Path tmp;

  private List<String> findings(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = tmp.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    var set = new RunbookSetLoader(List.of(), List.of(), new RunbookParser(), 1).load(tmp);
    return new Linter(List.of(new OrphanRule(), new BrokenLinkRule()), Config.DEFAULT,
        Lint.clock(LocalDate.of(2026, 11, 1)), 1).check(set, "root", Map.of()).diagnostics().stream()
        .map(d -> d.file() + " " + d.rule() + " " + d.message()).toList();
  }

  @Test
  void aFolderLinkReachesTheFoldersUnderscoreIndexAndTheHintNamesIt() throws IOException {
    List<String> findings = findings(Map.of(
        "README.md", "# Home\n\n- [Network](net/)\n",
        "net/_index.md", "# Network\n\n- [DNS](dns.md)\n",
        "net/dns.md", "# DNS\n",
        "net/old.md", "# Old\n",
        "ops/_index.md", "# Ops, linked from nowhere\n\n- [X](x.md)\n",
        "ops/x.md", "# X\n",
        "stray.md", "# Stray\n"));
    assertThat(findings).containsExactly(
        "net/old.md RB304 no index page links to this runbook: add it to README.md or net/_index.md",
        "ops/x.md RB304 no index page links to this runbook: add it to README.md",
        "stray.md RB304 no index page links to this runbook: add it to README.md");
  }

  @Test
  void withoutAHomePageTheHintNamesTheFoldersIndexPageOrANewReadme() throws IOException {
    List<String> findings = findings(Map.of(
        "net/_index.md", "# Network\n",
        "net/old.md", "# Old\n",
        "stray.md", "# Stray\n"));
    assertThat(findings).containsExactly(
        "net/old.md RB304 no index page links to this runbook: add it to net/_index.md",
        "stray.md RB304 no index page links to this runbook: add it to README.md");
  }

  @Test
  void aHugoHomePageIsNamed() throws IOException {
    List<String> findings = findings(Map.of(
        "_index.md", "# Home\n\n- [Network](net)\n",
        "net/_index.md", "# Network\n",
        "net/old.md", "# Old\n"));
    assertThat(findings).containsExactly(
        "net/old.md RB304 no index page links to this runbook: add it to _index.md or net/_index.md");
  }
}
