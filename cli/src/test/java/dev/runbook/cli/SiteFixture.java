package dev.runbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small runbook set of {@code src/test/resources/site-runbooks/}, copied into a test's
 * folder so that no {@code runbook.yml} further up applies to it.
 */
final class SiteFixture {
  static final List<String> FILES = List.of("README.md", "database/failover.md", "network/dns-flush.md");

  private SiteFixture() {}

  /** Copies the set to {@code dir/runbooks} and returns that folder. */
  static Path copyTo(Path dir) throws IOException {
    Path root = dir.resolve("runbooks");
    for (String f : FILES) {
      Path target = root.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = SiteFixture.class.getResourceAsStream("/site-runbooks/" + f)) {
        Files.copy(in, target);
      }
    }
    return root;
  }
}
