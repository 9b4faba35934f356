package dev.runbook.core.alerts;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.Suppression;
import dev.runbook.core.parse.SafeYaml;
import dev.runbook.core.parse.YamlProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads alerting-rule files: Prometheus rule files ({@code groups[].rules[]}, also Thanos, Loki
 * and Mimir), Kubernetes {@code PrometheusRule} objects ({@code spec.groups}) in multi-document
 * YAML and in {@code kind: List} files ({@code items[]}), YAML or JSON alike, with the same safe
 * YAML limits as front matter. Recording rules are left out. A file that cannot be read comes back
 * with its {@link AlertRulesFile#problem problem} and no alerts. Thread-safe.
 */
public final class AlertRulesReader {
  /** The largest rules file read, as {@link SafeYaml} reads at most 1 MB. */
  private static final long MAX_BYTES = 4L << 20;
  private static final Pattern SUPPRESS = Pattern.compile(
      "#\\s*runbook-(disable-next-line|disable-file)\\b((?:[\\s,]+RB\\d{3})*)");
  private static final Pattern RULE_ID = Pattern.compile("RB\\d{3}");

  private final SafeYaml yaml = new SafeYaml();

  /**
   * Reads one file.
   *
   * @param shownPath the path reports show for it
   */
  public AlertRulesFile read(Path file, String shownPath) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        return unreadable(file, shownPath, SourceLines.none(), "larger than " + (MAX_BYTES >> 20) + " MB: not a rules file?", 1, 1);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return unreadable(file, shownPath, SourceLines.none(), "cannot read the file (" + e.getClass().getSimpleName() + ")", 1, 1);
    }
    boolean ascii = true;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return unreadable(file, shownPath, SourceLines.none(), "a binary file, not YAML or JSON", 1, 1);
      }
      ascii &= bytes[i] > 0;
    }
    if (ascii) { // what rules files mostly are: no decoder, and the text made in one copy
      return parse(file, shownPath, new String(bytes, StandardCharsets.US_ASCII));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return unreadable(file, shownPath, SourceLines.none(), "not valid UTF-8: save it as UTF-8", 1, 1);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(file, shownPath, text);
  }

  /** Reads rules from text (the file is named only in the result). */
  public AlertRulesFile parse(Path file, String shownPath, String text) {
    SourceLines lines = SourceLines.of(text);
    Optional<YamlEvents> events;
    try {
      events = YamlEvents.read(text);
    } catch (YamlProblem e) {
      return unreadable(file, shownPath, lines, problem(e, lines));
    }
    if (events.isEmpty()) {
      return unreadable(file, shownPath, lines, problem(text, lines));
    }
    List<AlertRule> alerts = new ArrayList<>();
    Rules rules = new Rules(events.get(), alerts);
    for (int doc : events.get().documents()) {
      rules.object(doc);
    }
    return new AlertRulesFile(file, shownPath, lines, alerts, Optional.empty(), suppressions(lines, alerts));
  }

  /**
   * Why text does not read: the message and position {@link SafeYaml} gives (composing the tree
   * only for a file that does not read), or a template's first line.
   */
  private RulesProblem problem(String text, SourceLines lines) {
    try {
      yaml.composeAll(text);
      return problem(new YamlProblem("the YAML reader and the limits check disagree", 1, 1), lines);
    } catch (YamlProblem e) {
      return problem(e, lines);
    }
  }

  private static RulesProblem problem(YamlProblem e, SourceLines lines) {
    for (int n = 1; n <= Math.min(e.line(), lines.size()); n++) {
      String line = lines.get(n - 1);
      if (line.stripLeading().startsWith("{{")) {
        return new RulesProblem("a template, not YAML: render it first (helm template, "
            + "say) and check the rendered rules", new Position(n, line.indexOf("{{") + 1));
      }
    }
    return new RulesProblem("not valid YAML or JSON: " + e.getMessage(),
        new Position(Math.max(1, e.line()), Math.max(1, e.column())));
  }

  private static AlertRulesFile unreadable(Path file, String shownPath, SourceLines lines, String message,
      int line, int column) {
    return unreadable(file, shownPath, lines, new RulesProblem(message, new Position(Math.max(1, line), Math.max(1, column))));
  }

  private static AlertRulesFile unreadable(Path file, String shownPath, SourceLines lines, RulesProblem p) {
    return new AlertRulesFile(file, shownPath, lines, List.of(), Optional.of(p), suppressions(lines, List.of()));
  }

  /** The alerts of one stream's documents: rule files, PrometheusRules, or Lists of them. */
  private record Rules(YamlEvents yaml, List<AlertRule> into) {
    /** No entry: {@link #find} found no such key. */
    private static final int NONE = -1;

    /** A rule file, a PrometheusRule, or a List of them; anything else holds no alerts. */
    void object(int node) {
      int[] m = yaml.entries(node);
      int groups = find(m, "groups");
      int spec = find(m, "spec");
      int items = find(m, "items");
      if (groups != NONE) {
        groups(m[groups + 1]);
      } else if (spec != NONE) {
        int[] s = yaml.entries(m[spec + 1]);
        int inSpec = find(s, "groups");
        if (inSpec != NONE) {
          groups(s[inSpec + 1]);
        }
      } else if (items != NONE && yaml.isSequence(m[items + 1])) {
        for (int item : yaml.items(m[items + 1])) {
          object(item);
        }
      }
    }

    private void groups(int node) {
      if (!yaml.isSequence(node)) {
        return;
      }
      for (int g : yaml.items(node)) {
        int[] group = yaml.entries(g);
        String name = scalar(group, find(group, "name")).orElse("");
        int rules = find(group, "rules");
        if (rules != NONE && yaml.isSequence(group[rules + 1])) {
          for (int r : yaml.items(group[rules + 1])) {
            alert(r, name);
          }
        }
      }
    }

    private void alert(int node, String group) {
      int[] rule = yaml.entries(node);
      int alert = find(rule, "alert");
      Optional<String> name = scalar(rule, alert);
      if (name.isEmpty() || name.get().isBlank()) {
        return;
      }
      int lastLine = Math.max(yaml.line(rule[alert]), yaml.lastLine(node));
      into.add(new AlertRule(name.get().strip(), at(rule[alert]), yaml.line(node), lastLine, group,
          scalar(rule, find(rule, "expr")).orElse(""), scalar(rule, find(rule, "for")),
          located(rule, find(rule, "labels")), located(rule, find(rule, "annotations"))));
    }

    /** The entries of the mapping at {@code entry}'s value whose values are scalars, each where its key is. */
    private Map<String, Located> located(int[] entries, int entry) {
      Map<String, Located> out = new LinkedHashMap<>();
      if (entry == NONE) {
        return out;
      }
      int[] m = yaml.entries(entries[entry + 1]);
      for (int i = 0; i < m.length; i += 2) {
        String key = yaml.text(m[i]);
        String value = yaml.scalar(m[i + 1]);
        if (key != null && value != null) {
          out.put(key, new Located(value, at(m[i])));
        }
      }
      return out;
    }

    /** Where a node (a key) is written. */
    private Position at(int node) {
      return new Position(yaml.line(node), yaml.column(node));
    }

    /**
     * Where the entry with scalar key {@code key} starts in a mapping's entries (key, value, ...),
     * or {@link #NONE}. A mapping holds a key once: a file with a key twice does not read.
     */
    private int find(int[] entries, String key) {
      for (int i = 0; i < entries.length; i += 2) {
        if (key.equals(yaml.text(entries[i]))) {
          return i;
        }
      }
      return NONE;
    }

    /** The value of the entry at {@code entry} when it is a scalar other than null. */
    private Optional<String> scalar(int[] entries, int entry) {
      return entry == NONE ? Optional.empty() : Optional.ofNullable(yaml.scalar(entries[entry + 1]));
    }
  }

  /**
   * {@code # runbook-disable-next-line RB601} covers the next line and, when an alert's entry
   * starts there, the whole alert; {@code # runbook-disable-file RB602} the whole file. No IDs
   * means every rule.
   */
  static List<Suppression> suppressions(SourceLines lines, List<AlertRule> alerts) {
    List<Suppression> out = new ArrayList<>();
    for (int at = lines.indexOf("runbook-disable", 0); at >= 0; ) {
      int i = lines.lineAt(at);
      at = lines.indexOf("runbook-disable", lines.end(i));
      Matcher m = SUPPRESS.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      Set<String> ids = new TreeSet<>();
      RULE_ID.matcher(m.group(2)).results().forEach(r -> ids.add(r.group()));
      if (m.group(1).equals("disable-file")) {
        out.add(new Suppression(ids, 1, Integer.MAX_VALUE));
        continue;
      }
      int next = i + 2;
      int last = next;
      for (AlertRule a : alerts) {
        if (a.firstLine() == next || a.at().line() == next) {
          last = Math.max(last, a.lastLine());
        }
      }
      out.add(new Suppression(ids, next, last));
    }
    return out;
  }

}
