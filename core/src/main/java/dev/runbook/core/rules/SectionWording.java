package dev.runbook.core.rules;

import dev.runbook.core.config.Config;
import dev.runbook.core.config.KindConfig;
import dev.runbook.core.model.Runbook;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a set writes each required section, so hints and fixes name it in the set's own words
 * ({@code ## 缓解}, not {@code ## Mitigation}): the section's configured name when some runbook of
 * that kind uses it, else the alias the runbooks of that kind use most (the first configured one
 * on a tie), else the configured name. Immutable once made; thread-safe.
 */
public final class SectionWording {
  /** Every section named as configured. */
  public static final SectionWording CONFIGURED = new SectionWording(Map.of());

  /** Kind name ("" for the top level) → required section → the name or alias → how many runbooks use it. */
  private final Map<String, Map<String, Map<String, Integer>>> uses;

  private SectionWording(Map<String, Map<String, Map<String, Integer>>> uses) {
    this.uses = uses;
  }

  /** Counts the headings of the runbooks in {@code docs}; {@link #CONFIGURED} when no section has aliases. */
  public static SectionWording of(Collection<Runbook> docs, Config config) {
    if (!hasAliases(config)) {
      return CONFIGURED;
    }
    Map<String, RequiredSections> matchers = new HashMap<>();
    Map<String, Map<String, Map<String, Integer>>> uses = new HashMap<>();
    for (Runbook doc : docs) {
      if (!doc.isRunbook() || doc.isMovedStub()) {
        continue;
      }
      Config c = config.forRunbook(doc);
      String key = keyOf(c);
      RequiredSections matcher = matchers.computeIfAbsent(key, k -> new RequiredSections(c));
      for (RequiredSections.Found f : matcher.find(doc)) {
        String written = writtenAs(c, f.required(), f.section().title());
        uses.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(f.required(), k -> new LinkedHashMap<>())
            .merge(written, 1, Integer::sum);
      }
    }
    return new SectionWording(uses);
  }

  /** The heading text for the required section {@code name} in runbooks that {@code c} applies to. */
  public String heading(Config c, String name) {
    Map<String, Integer> counts = uses.getOrDefault(keyOf(c), Map.of()).getOrDefault(name, Map.of());
    if (counts.isEmpty() || counts.containsKey(name)) {
      return name;
    }
    String best = name;
    int most = 0;
    for (String alias : aliasesOf(c, name)) {
      int n = counts.getOrDefault(alias, 0);
      if (n > most) {
        best = alias;
        most = n;
      }
    }
    return best;
  }

  /** Whether the wording can differ from the configured names: some section of some template has aliases. */
  public static boolean hasAliases(Config config) {
    return !config.sectionAliases().isEmpty()
        || config.kinds().stream().anyMatch(k -> !k.sectionAliases().isEmpty());
  }

  private static String keyOf(Config c) {
    return c.kind().map(KindConfig::name).orElse("");
  }

  /** The configured name or alias that {@code heading} is, as the config writes it. */
  static String writtenAs(Config c, String name, String heading) {
    String h = RequiredSections.normalise(heading);
    if (RequiredSections.normalise(name).equals(h)) {
      return name;
    }
    return aliasesOf(c, name).stream().filter(a -> RequiredSections.normalise(a).equals(h)).findFirst().orElse(name);
  }

  private static List<String> aliasesOf(Config c, String name) {
    for (Map.Entry<String, List<String>> e : c.sectionAliases().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return List.of();
  }
}
