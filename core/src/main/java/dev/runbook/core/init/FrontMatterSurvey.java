package dev.runbook.core.init;

import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.Runbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The front-matter keys a set uses: which of them stand for a field of ours under another name
 * ({@code owner_slack} for {@code owner}, {@code last_reviewed_on} for {@code last_reviewed},
 * {@code review_in} for {@code review_interval}), and which are the team's own.
 *
 * @param keys every key, with how many documents carry it
 * @param fields our field to the keys that stand for it, ours first, where the set uses another
 * @param ownKeys the keys nothing of ours reads, for {@code front_matter_keys}
 */
public record FrontMatterSurvey(Map<String, Integer> keys, Map<String, List<String>> fields, List<String> ownKeys) {
  /** Our field, then the names other sets give it, in the order they are tried. */
  static final Map<String, List<String>> SYNONYMS = synonyms();

  public FrontMatterSurvey {
    keys = Map.copyOf(keys);
    fields = Map.copyOf(fields);
    ownKeys = List.copyOf(ownKeys);
  }

  /** Surveys every document's front matter. */
  public static FrontMatterSurvey of(List<Runbook> documents) {
    Map<String, Integer> keys = new TreeMap<>();
    for (Runbook doc : documents) {
      doc.frontMatter().values().keySet().forEach(k -> keys.merge(k, 1, Integer::sum));
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<String> mapped = new ArrayList<>();
    SYNONYMS.forEach((field, names) -> {
      List<String> used = names.stream().filter(keys::containsKey).toList();
      if (!used.isEmpty()) {
        List<String> list = new ArrayList<>();
        list.add(field);
        used.forEach(list::add);
        fields.put(field, list);
        mapped.addAll(used);
      }
    });
    List<String> own = keys.keySet().stream()
        .filter(k -> !FrontMatter.KNOWN_KEYS.contains(k) && !mapped.contains(k)).toList();
    return new FrontMatterSurvey(keys, fields, own);
  }

  private static Map<String, List<String>> synonyms() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("owner", List.of("owner_slack", "owners", "owning_team", "team", "maintainer", "maintainers"));
    m.put("last_reviewed", List.of("last_reviewed_on", "reviewed_on", "last_review", "review_date", "reviewed"));
    m.put("review_interval", List.of("review_in", "review_every", "review_cycle"));
    return m;
  }
}
