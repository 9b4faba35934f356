package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.fix.DocumentKinds;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code runbook fix FILE} must treat a file as the set loader does when it walks the root. */
class DocumentKindsAgreementTest {
  private static Config config() throws ConfigException {
    return new ConfigLoader(Set.of()).parse(Path.of("runbook.yml"), "documents: [\"docs/**\", \"*.ref.md\"]\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "readme.md", "index.md", "_index.md", "ops/README.md", "docs/a.md",
      "docs/deep/b.md", "x.ref.md", "restart.md", "ops/restart.md", "Index.MD"})
  void agreesWithTheSetLoader(String path) throws ConfigException {
    Config c = config();
    assertThat(new DocumentKinds(c).of(path))
        .isEqualTo(new RunbookSetLoader(c.exclude(), c.documents(), new RunbookParser(), 1).kindOf(path));
  }
}
