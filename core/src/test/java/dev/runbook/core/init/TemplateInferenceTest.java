package dev.runbook.core.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.RunbookParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateInferenceTest {
  private static Runbook doc(String path, String... h2) {
    StringBuilder text = new StringBuilder("# T\n\n");
    for (String h : h2) {
      text.append("## ").append(h).append("\n\ntext\n\n");
    }
    return new RunbookParser().parse(path, Path.of(path), DocumentKind.RUNBOOK,
        text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sectionsMostRunbooksShareInTheirUsualOrder() {
    List<Runbook> docs = List.of(doc("a.md", "Meaning", "Impact", "Diagnosis", "Mitigation"),
        doc("b.md", "Meaning", "Impact", "Diagnosis", "Mitigation", "Notes"),
        doc("c.md", "Meaning", "Diagnosis", "Impact", "Mitigation"),
        doc("d.md", "Impact", "Mitigation"));
    SectionTemplate t = TemplateInference.of(docs);
    assertThat(t.sections()).containsExactly("Meaning", "Impact", "Diagnosis", "Mitigation");
    assertThat(t.following()).isEqualTo(3);
    assertThat(t.runbooks()).isEqualTo(4);
  }

  @Test
  void spellingsOfOneSectionAreOneWithTheMostUsedAsItsName() {
    List<Runbook> docs = List.of(doc("a.md", "Mitigation"), doc("b.md", "Mitigation"), doc("c.md", "mitigations:"));
    SectionTemplate t = TemplateInference.of(docs);
    assertThat(t.sections()).containsExactly("Mitigation");
    assertThat(t.aliases()).isEqualTo(Map.of("Mitigation", List.of("mitigations:")));
  }

  @Test
  void sectionsInOtherScriptsAreKeptAsWritten() {
    List<Runbook> docs = List.of(doc("a.md", "含义", "影响", "缓解"), doc("b.md", "含义", "影响", "缓解"));
    assertThat(TemplateInference.of(docs).sections()).containsExactly("含义", "影响", "缓解");
  }

  @Test
  void aFolderWithAnotherTemplateIsOneOfItsOwn() {
    List<Runbook> docs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      docs.add(doc("alerts/a" + i + ".md", "Meaning", "Mitigation"));
      docs.add(doc("procedures/p" + i + ".md", "Overview", "Steps", "Rollback"));
    }
    docs.add(doc("tiny/x.md", "Whatever"));
    SetTemplates t = SetTemplates.of(docs);
    assertThat(t.folders()).hasSize(1);
    assertThat(t.main().sections()).isNotEqualTo(t.folders().get(0).template().sections());
    assertThat(List.of(t.main().sections(), t.folders().get(0).template().sections()))
        .containsExactlyInAnyOrder(List.of("Meaning", "Mitigation"), List.of("Overview", "Steps", "Rollback"));
  }

  @Test
  void aSetOnOneTemplateHasNoFolderTemplates() {
    List<Runbook> docs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      docs.add(doc("x/a" + i + ".md", "Meaning", "Mitigation"));
      docs.add(doc("y/b" + i + ".md", "Meaning", "Mitigation"));
    }
    assertThat(SetTemplates.of(docs).folders()).isEmpty();
  }
}
