package dev.runbook.core.config;

import dev.runbook.core.model.FrontMatter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the {@code kinds:} block: a template of its own inside the set (alert runbooks
 * beside procedures). A runbook is of this kind when its path matches one of {@code match} or its
 * front matter holds every {@code frontMatter} key with that value (a list holding the value
 * counts); the kind's sections, aliases and rule settings then replace the top-level ones.
 *
 * @param name the kind's name, as the config writes it
 * @param match globs relative to the root; empty when the kind is chosen by front matter only
 * @param frontMatter front-matter key and value pairs that choose the kind
 * @param sections required H2 sections, in order
 * @param sectionAliases other headings accepted for a required section ({@code Mitigation: [缓解]})
 * @param rules rule settings by ID, over the top-level ones for the rules they name
 * @param line the line of the kind's name in the config, for messages
 */
public record KindConfig(
    String name,
    List<String> match,
    Map<String, String> frontMatter,
    List<String> sections,
    Map<String, List<String>> sectionAliases,
    Map<String, RuleSetting> rules,
    int line) {

  public KindConfig {
    Objects.requireNonNull(name, "name");
    match = List.copyOf(match);
    frontMatter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
    sections = List.copyOf(sections);
    sectionAliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sectionAliases));
    rules = Map.copyOf(rules);
  }

  /** Whether the runbook at {@code path} (relative to the root, {@code /} separators) with this front matter is of this kind. */
  public boolean matches(String path, FrontMatter fm) {
    Path relative = Path.of(path);
    for (String glob : match) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      if (m.matches(relative)) {
        return true;
      }
    }
    return !frontMatter.isEmpty() && frontMatter.entrySet().stream().allMatch(e -> holds(fm, e.getKey(), e.getValue()));
  }

  private static boolean holds(FrontMatter fm, String key, String wanted) {
    String w = wanted.strip().toLowerCase(Locale.ROOT);
    if (fm.string(key).map(s -> s.toLowerCase(Locale.ROOT).equals(w)).orElse(false)) {
      return true;
    }
    return fm.strings(key) != null && fm.strings(key).stream().anyMatch(s -> s != null && s.strip().toLowerCase(Locale.ROOT).equals(w));
  }
}
