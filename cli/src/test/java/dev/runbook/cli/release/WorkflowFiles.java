package dev.runbook.cli.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The CI files at the repository root (action.yml, the GitLab template), read as YAML. */
final class WorkflowFiles {
  /** The repository root, seen from the cli module where the tests run. */
  static final Path REPO = Path.of("..");

  private WorkflowFiles() {}

  static Map<String, Object> yaml(String file) throws IOException {
    Load load = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build());
    return map(load.loadFromString(Files.readString(REPO.resolve(file))));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> steps(Map<String, Object> action) {
    return (List<Map<String, Object>>) map(action.get("runs")).get("steps");
  }

  static Map<String, Object> step(Map<String, Object> action, String key, String value) {
    return steps(action).stream().filter(s -> value.equals(s.get(key))).findFirst()
        .orElseThrow(() -> new AssertionError("action.yml has no step with " + key + ": " + value));
  }

  @SuppressWarnings("unchecked")
  static List<String> script(Map<String, Object> job) {
    return (List<String>) job.get("script");
  }
}
