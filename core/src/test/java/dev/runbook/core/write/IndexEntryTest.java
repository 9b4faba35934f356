package dev.runbook.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.parse.RunbookParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndexEntryTest {
  private static final String INDEX = """
      # Operations Runbooks

      ## Runbook Categories

      ### 🚀 **Startup Procedures**
      - [Application Startup](startup-procedures.md) - Safe application startup

      ### 🛑 **Shutdown Procedures**
      - [Graceful Shutdown](graceful-shutdown.md) - Safe shutdown

      ## Quick Reference

      ### Where to Start
      - **Down**: [Graceful Shutdown](graceful-shutdown.md)
      """;

  private static IndexEntry.Result add(String index, String category) {
    var parsed = new RunbookParser().parse("README.md", null, DocumentKind.INDEX, index.getBytes(StandardCharsets.UTF_8));
    return IndexEntry.add(SourceLines.of(index, false), parsed,
        new IndexEntry.Request("db-failover.md", "DB Failover", category));
  }

  @Test
  void goesUnderTheCategoryHeadingIgnoringEmojiAndMarkup() {
    IndexEntry.Result r = add(INDEX, "startup procedures");
    assertThat(r.after().text()).isEqualTo(INDEX.replace("startup\n", "startup\n- [DB Failover](db-failover.md)\n"));
    assertThat(r.description()).contains("Startup Procedures");
  }

  @Test
  void aNewCategoryEndsTheListOfCategories() {
    assertThat(add(INDEX, "Databases").after().text()).isEqualTo(INDEX.replace("Safe shutdown\n",
        "Safe shutdown\n\n### Databases\n- [DB Failover](db-failover.md)\n"));
  }

  @Test
  void withoutAListOfRunbooksTheCategoryGoesAtTheEnd() {
    assertThat(add("# Runbooks\n\nWelcome.", "Databases").after().text())
        .isEqualTo("# Runbooks\n\nWelcome.\n\n### Databases\n- [DB Failover](db-failover.md)");
  }

  @Test
  void followsAnOrderedListAndParagraphsAfterIt() {
    String ordered = "# R\n\n## Databases\n\n1. [A](a.md)\n2. [B](b.md)\n\n## Other\n";
    assertThat(add(ordered, "Databases").after().text())
        .isEqualTo("# R\n\n## Databases\n\n1. [A](a.md)\n2. [B](b.md)\n3. [DB Failover](db-failover.md)\n\n## Other\n");
    String prose = "# R\n\n## Databases\n\nAsk the DBA first.\n## Other\n";
    assertThat(add(prose, "Databases").after().text())
        .isEqualTo("# R\n\n## Databases\n\nAsk the DBA first.\n\n- [DB Failover](db-failover.md)\n\n## Other\n");
  }

  @Test
  void anExistingLinkIsNotAddedTwice() {
    String linked = INDEX + "\n- [Old](./db-failover.md#steps)\n";
    IndexEntry.Result r = add(linked, "Databases");
    assertThat(r.after()).isEqualTo(r.before());
  }
}
