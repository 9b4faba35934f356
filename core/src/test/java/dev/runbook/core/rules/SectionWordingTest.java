package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.RunbookParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which words a hint uses for a required section: the configured name if the set uses it, else its favourite alias. */
class SectionWordingTest {
  private static final RunbookParser PARSER = new RunbookParser();

  private static Config config(String yaml) throws ConfigException {
    return new ConfigLoader(Set.of()).parse(Path.of("runbook.yml"), yaml);
  }

  private static Runbook doc(String path, String... headings) {
    StringBuilder text = new StringBuilder("# T\n");
    for (String h : headings) {
      text.append("\n## ").append(h).append("\n\nText.\n");
    }
    return PARSER.parse(path, null, DocumentKind.RUNBOOK, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theAliasTheSetUsesMostWhenItNeverWritesTheName() throws ConfigException {
    Config c = config("sections: [Fix]\nsection_aliases: {Fix: [Remedy, 缓解]}\n");
    SectionWording w = SectionWording.of(List.of(doc("a.md", "缓解"), doc("b.md", "缓解"), doc("c.md", "Remedy")), c);
    assertThat(w.heading(c, "Fix")).isEqualTo("缓解");
  }

  @Test
  void theConfiguredNameAsSoonAsOneRunbookWritesIt() throws ConfigException {
    Config c = config("sections: [Fix]\nsection_aliases: {Fix: [缓解]}\n");
    SectionWording w = SectionWording.of(List.of(doc("a.md", "缓解"), doc("b.md", "缓解"), doc("c.md", "FIX")), c);
    assertThat(w.heading(c, "Fix")).isEqualTo("Fix");
    assertThat(SectionWording.of(List.of(), c).heading(c, "Fix")).isEqualTo("Fix");
  }

  @Test
  void eachKindCountsOnlyItsOwnRunbooks() throws ConfigException {
    Config c = config("""
        sections: [Fix]
        section_aliases: {Fix: [Repair]}
        kinds:
          alert:
            match: ["alerts/**"]
            sections: [Fix]
            section_aliases: {Fix: [缓解]}
        """);
    SectionWording w = SectionWording.of(List.of(doc("alerts/a.md", "缓解"), doc("b.md", "Repair")), c);
    assertThat(w.heading(c.forKind(c.kinds().get(0)), "Fix")).isEqualTo("缓解");
    assertThat(w.heading(c, "Fix")).isEqualTo("Repair");
  }
}
