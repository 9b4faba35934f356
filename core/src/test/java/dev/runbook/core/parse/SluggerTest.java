package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SluggerTest {
  @Test
  void followsGithubRules() {
    assertThat(Slugger.slug("Steps")).isEqualTo("steps");
    assertThat(Slugger.slug("Step 3: Drain traffic")).isEqualTo("step-3-drain-traffic");
    assertThat(Slugger.slug("2. Steps")).isEqualTo("2-steps");
    assertThat(Slugger.slug("snake_case & dash-es")).isEqualTo("snake_case--dash-es");
    assertThat(Slugger.slug("🚀 Startup Procedures")).isEqualTo("-startup-procedures");
    assertThat(Slugger.slug("Ünïcode Überschrift")).isEqualTo("ünïcode-überschrift");
  }

  @Test
  void repeatedHeadingsGetNumberedSuffixes() {
    Slugger s = new Slugger();
    assertThat(s.next("Rollback")).isEqualTo("rollback");
    assertThat(s.next("Rollback")).isEqualTo("rollback-1");
    assertThat(s.next("Rollback")).isEqualTo("rollback-2");
    assertThat(s.next("Rollback 1")).isEqualTo("rollback-1-1");
  }
}
