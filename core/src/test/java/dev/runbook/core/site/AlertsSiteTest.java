package dev.runbook.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.Config;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site of the {@code alerts} fixture: two runbooks, two rules files whose alerts name one of
 * them, both, a runbook that does not exist, or none.
 */
class AlertsSiteTest {
  @TempDir static Path out;
  static Path site;

  @BeforeAll
  static void build() throws Exception {
    Path root = SiteFixtures.root("alerts");
    Config config = SiteFixtures.config(root);
    RunbookSet set = SiteFixtures.load(root, config);
    SetIndex index = new SetIndex(set);
    CheckOptions check = CheckOptions.of(root, root,
        Clock.fixed(SiteFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    AlertCatalog alerts = new CheckRunner().alerts(check, config, set, index);
    site = out.resolve("site");
    new SiteBuilder(SiteFixtures.options(site).withAlerts(alerts.entries())).build(set, config, index);
  }

  static String read(String page) throws Exception {
    return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
  }

  @Test
  void runbooksJsonListsTheAlertsThatLinkToEachRunbook() throws Exception {
    String json = read("runbooks.json");
    assertThat(json).contains("\"path\": \"storage/disk-full.md\"")
        .containsPattern("\"path\": \"storage/disk-full.md\".*\"alerts\": \\[\"NodeDiskFull\", \"Odd/../Name\"\\]")
        .containsPattern("\"path\": \"storage/disk-slow.md\".*\"alerts\": \\[\"NodeDiskFull\"\\]");
  }
}
