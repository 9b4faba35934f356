package dev.runbook.cli.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * action.yml and the GitLab CI template, checked for what GitHub and GitLab need of them (no
 * GitHub or GitLab here): their steps run in ReleaseArchiveIT.
 */
class WorkflowFilesTest {

  @Test
  void actionIsACompositeThatSetsUpJavaChecksAndUploadsSarif() throws Exception {
    Map<String, Object> action = WorkflowFiles.yaml("action.yml");
    assertThat(action).containsKeys("name", "description", "inputs", "runs");
    assertThat(WorkflowFiles.map(action.get("runs"))).containsEntry("using", "composite");
    Map<String, Object> inputs = WorkflowFiles.map(action.get("inputs"));
    assertThat(inputs).containsKeys("path", "fail-on", "version");
    assertThat(WorkflowFiles.map(inputs.get("fail-on"))).containsEntry("default", "error");

    Map<String, Object> setupJava = WorkflowFiles.step(action, "uses", "actions/setup-java@v4");
    assertThat(WorkflowFiles.map(setupJava.get("with"))).containsEntry("java-version", "17");
    Map<String, Object> check = WorkflowFiles.step(action, "id", "check");
    assertThat((String) check.get("run")).contains("runbook check", "--format github", "--report \"sarif:$sarif\"");
    Map<String, Object> upload = WorkflowFiles.step(action, "uses", "github/codeql-action/upload-sarif@v3");
    assertThat(WorkflowFiles.map(upload.get("with"))).containsEntry("sarif_file", "${{ steps.check.outputs.sarif }}");
    assertThat(steps(action).indexOf(upload)).as("upload before the step that fails")
        .isLessThan(steps(action).indexOf(WorkflowFiles.step(action, "name", "Fail on findings")));

    for (Map<String, Object> step : steps(action)) {
      assertThat(step.containsKey("run") ^ step.containsKey("uses")).as("a step runs or uses: " + step).isTrue();
      if (step.containsKey("run")) {
        assertThat(step).as("a composite's run step names its shell").containsEntry("shell", "bash");
      }
    }
    Matcher used = Pattern.compile("\\$\\{\\{\\s*inputs\\.([\\w-]+)").matcher(java.nio.file.Files.readString(WorkflowFiles.REPO.resolve("action.yml")));
    while (used.find()) {
      assertThat(inputs).as("inputs." + used.group(1) + " is declared").containsKey(used.group(1));
    }
  }

  @Test
  void gitlabTemplateWritesTheCodeQualityReportItDeclares() throws Exception {
    Map<String, Object> template = WorkflowFiles.yaml("ci/gitlab/runbook.gitlab-ci.yml");
    Map<String, Object> job = WorkflowFiles.map(template.get("runbook"));
    assertThat(job).containsKeys("image", "script", "artifacts");
    Map<String, Object> artifacts = WorkflowFiles.map(job.get("artifacts"));
    assertThat(artifacts).as("the report also when the check fails").containsEntry("when", "always");
    String report = (String) WorkflowFiles.map(artifacts.get("reports")).get("codequality");
    assertThat(WorkflowFiles.script(job)).anySatisfy(line -> assertThat(line).contains("check").contains("--report gitlab:" + report));
    assertThat(WorkflowFiles.map(template.get("variables"))).containsKeys("RUNBOOK_ARCHIVE_URL", "RUNBOOK_PATH", "RUNBOOK_FAIL_ON");
  }

  private static List<Map<String, Object>> steps(Map<String, Object> action) {
    return WorkflowFiles.steps(action);
  }
}
