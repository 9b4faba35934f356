package dev.runbook.cli.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * .pre-commit-hooks.yaml, action.yml and the GitLab CI template, checked for what GitHub and GitLab need of them (no
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

  /**
   * pre-commit's own manifest schema (clientlib.MANIFEST_HOOK_DICT, pre-commit 4): where the real
   * pre-commit is not installed, PreCommitHooksIT is skipped and this still holds the file to it.
   */
  @Test
  void preCommitHooksFollowPreCommitsManifestSchema() throws Exception {
    Object manifest = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder()
        .setAllowDuplicateKeys(false).build())
        .loadFromString(java.nio.file.Files.readString(WorkflowFiles.REPO.resolve(".pre-commit-hooks.yaml")));
    assertThat(manifest).as("a list of hooks").isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<Object> hooks = (List<Object>) manifest;
    java.util.Set<String> strings = java.util.Set.of("id", "name", "entry", "language", "alias", "files", "exclude",
        "description", "language_version", "log_file", "minimum_pre_commit_version");
    java.util.Set<String> lists = java.util.Set.of("types", "types_or", "exclude_types", "additional_dependencies",
        "args", "stages");
    java.util.Set<String> booleans = java.util.Set.of("always_run", "fail_fast", "pass_filenames", "require_serial",
        "verbose");
    java.util.Set<String> languages = java.util.Set.of("conda", "coursier", "dart", "docker", "docker_image",
        "dotnet", "fail", "golang", "haskell", "julia", "lua", "node", "perl", "pygrep", "python", "r", "ruby",
        "rust", "script", "swift", "system", "unsupported", "unsupported_script");
    for (Object h : hooks) {
      Map<String, Object> hook = WorkflowFiles.map(h);
      assertThat(hook).as("required keys").containsKeys("id", "name", "entry", "language");
      hook.forEach((key, value) -> {
        if (strings.contains(key)) {
          assertThat(value).as(key).isInstanceOf(String.class);
        } else if (lists.contains(key)) {
          assertThat(value).as(key).isInstanceOf(List.class);
          assertThat((List<?>) value).as(key).allSatisfy(v -> assertThat(v).isInstanceOf(String.class));
        } else {
          assertThat(booleans).as("a key pre-commit knows: " + key).contains(key);
          assertThat(value).as(key).isInstanceOf(Boolean.class);
        }
      });
      assertThat(languages).as("language").contains((String) hook.get("language"));
      assertThat(WorkflowFiles.map(h).get("types")).as("Markdown files only").isEqualTo(List.of("markdown"));
      // language: script runs the entry's first word as a path inside this repository.
      String command = ((String) hook.get("entry")).split(" ")[0];
      assertThat(WorkflowFiles.REPO.resolve(command)).as("the script " + command).isExecutable();
    }
    assertThat(hooks).extracting(h -> WorkflowFiles.map(h).get("id")).containsExactly("runbook-check", "runbook-fix");
    assertThat(hooks).extracting(h -> WorkflowFiles.map(h).get("entry")).containsExactly("runbook check", "runbook fix");
  }

  private static List<Map<String, Object>> steps(Map<String, Object> action) {
    return WorkflowFiles.steps(action);
  }
}
