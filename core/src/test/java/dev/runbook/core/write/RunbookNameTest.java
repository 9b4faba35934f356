package dev.runbook.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.runbook.core.edit.EditRefused;
import org.junit.jupiter.api.Test;

class RunbookNameTest {
  @Test
  void aTitleGivesAKebabCaseFileName() throws EditRefused {
    assertThat(RunbookName.parse("Database Failover")).isEqualTo(new RunbookName("Database Failover", "database-failover"));
    assertThat(RunbookName.parse("  Café   Restart (EU) ")).isEqualTo(new RunbookName("Café Restart (EU)", "cafe-restart-eu"));
  }

  @Test
  void aFileNameGivesATitle() throws EditRefused {
    assertThat(RunbookName.parse("db-failover")).isEqualTo(new RunbookName("Db Failover", "db-failover"));
    assertThat(RunbookName.parse("cache_flush.md")).isEqualTo(new RunbookName("Cache Flush", "cache-flush"));
  }

  @Test
  void refusesPathsIndexNamesAndEmptyNames() {
    assertThatThrownBy(() -> RunbookName.parse("ops/restart")).isInstanceOf(EditRefused.class).hasMessageContaining("path");
    assertThatThrownBy(() -> RunbookName.parse("README")).isInstanceOf(EditRefused.class).hasMessageContaining("index page");
    assertThatThrownBy(() -> RunbookName.parse("🚀")).isInstanceOf(EditRefused.class).hasMessageContaining("no letters");
  }
}
