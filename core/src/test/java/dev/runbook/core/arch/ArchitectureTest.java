package dev.runbook.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps DESIGN.md's arrows true: which core package may import which. */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/runbook/core");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

  /**
   * Package → the project packages it may use (besides itself and its sub-packages). {@code work}
   * (running tasks on every core) is a leaf that any package may use.
   */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "work", Set.of(),
      "model", Set.of("work"),
      "parse", Set.of("model", "work"),
      "config", Set.of("model", "parse"),
      "alerts", Set.of("model", "parse", "config", "work"),
      "report", Set.of("model"),
      "rules", Set.of("model", "config", "report", "parse", "work", "alerts"),
      "site", Set.of("model", "parse", "config", "report", "work", "alerts"),
      "preview", Set.of("model", "parse", "config", "report", "rules", "check", "site", "alerts"));

  @Test
  void coreNeverImportsPicocliOrMaven() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path f : javaFiles(SOURCES)) {
      String text = Files.readString(f);
      if (text.contains("import picocli") || text.contains("import org.apache.maven")) {
        offenders.add(SOURCES.relativize(f).toString());
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void packagesOnlyUseWhatTheDesignAllows() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      Path dir = SOURCES.resolve(e.getKey());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      for (Path f : javaFiles(dir)) {
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String pkg = m.group(1);
          if (!pkg.startsWith("dev.runbook.core.")) {
            continue;
          }
          String top = pkg.substring("dev.runbook.core.".length()).split("\\.")[0];
          if (!top.equals(e.getKey()) && !e.getValue().contains(top)) {
            offenders.add(SOURCES.relativize(f) + " imports " + pkg);
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
