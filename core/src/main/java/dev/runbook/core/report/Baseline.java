package dev.runbook.core.report;

import dev.runbook.core.report.format.JsonFormatter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Findings accepted earlier, so that only new ones count. A baseline file is a JSON report
 * written by {@link JsonFormatter}; findings match on {@link Diagnostic#fingerprint()} (file,
 * rule, message and the trimmed source line, not the line number), so a baseline survives edits
 * that move findings up or down. Matching counts multiplicity: two identical accepted findings
 * accept two, not three. Immutable and thread-safe.
 */
public final class Baseline {
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  /** Accepted fingerprint to how many findings with it are accepted. */
  private final Map<String, Integer> accepted;

  private Baseline(Map<String, Integer> accepted) {
    this.accepted = Map.copyOf(accepted);
  }

  /** A baseline that accepts exactly the findings of {@code report}. */
  public static Baseline of(Report report) {
    Map<String, Integer> counts = new HashMap<>();
    report.diagnostics().forEach(d -> counts.merge(d.fingerprint(), 1, Integer::sum));
    return new Baseline(counts);
  }

  /** Reads a baseline written by {@link #write}, or any JSON report with fingerprints. */
  public static Baseline read(Path file) throws BaselineException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BaselineException(file, "baseline file " + file + " does not exist", e);
    } catch (CharacterCodingException e) {
      throw new BaselineException(file, "baseline file " + file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new BaselineException(
          file, "cannot read baseline file " + file + ": " + describe(e), e);
    }
    return new Baseline(BaselineParser.fingerprints(file, parse(file, text)));
  }

  /** Writes the findings of {@code report} as a baseline (a JSON report), creating folders. */
  public static void write(Report report, Path file) throws BaselineException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        new JsonFormatter().write(report, out);
      }
    } catch (IOException e) {
      throw new BaselineException(
          file, "cannot write baseline file " + file + ": " + describe(e), e);
    }
  }

  /** The same report without the findings this baseline accepts. */
  public Report filter(Report report) {
    Map<String, Integer> left = new HashMap<>(accepted);
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) {
      Integer n = left.get(d.fingerprint());
      if (n != null && n > 0) {
        left.put(d.fingerprint(), n - 1);
      } else {
        kept.add(d);
      }
    }
    return report.withDiagnostics(kept);
  }

  /** How many findings this baseline accepts. */
  public int size() {
    return accepted.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type + " " + e.getMessage();
  }

  /**
   * The reader's buffer holds the whole text, as in {@code SafeYaml}: SnakeYAML Engine 2.10 reads
   * past its buffer (IndexOutOfBoundsException) when a character outside the BMP straddles the
   * buffer's end, and RB201's message, in every baseline of a set without risk lines, holds 🟢.
   */
  private static Object parse(Path file, String text) throws BaselineException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(10)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setBufferSize(text.length() + 1)
            .build();
    try {
      return new Load(settings).loadFromString(text);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      String where = line > 0 ? " at line " + line : "";
      throw new BaselineException(
          file, line, "baseline file " + file + " is not valid JSON" + where + ": "
              + e.getProblem(), e);
    } catch (YamlEngineException e) {
      throw new BaselineException(
          file, "baseline file " + file + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
