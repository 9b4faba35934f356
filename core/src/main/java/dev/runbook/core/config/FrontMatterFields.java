package dev.runbook.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code front_matter:} block: which front-matter keys stand for our fields, in the set's own
 * words ({@code owner: [owner, owner_slack]}); for each field the first key present wins. A field
 * the block does not name is read from the key of the same name.
 *
 * @param keys for each of {@link #FIELDS}, the keys that may hold it, in order
 */
public record FrontMatterFields(Map<String, List<String>> keys) {
  /** The fields a set may map. */
  public static final List<String> FIELDS = List.of("title", "owner", "last_reviewed", "review_interval");

  /** Each field read from the key of its own name. */
  public static final FrontMatterFields DEFAULT = new FrontMatterFields(Map.of());

  public FrontMatterFields {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    keys.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    keys = java.util.Collections.unmodifiableMap(copy);
  }

  /** The field that {@code key} may stand for ({@code owner} for {@code owner_slack}), if the block names it. */
  public Optional<String> fieldOf(String key) {
    return keys.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey).findFirst();
  }

  /** Whether {@code key} is one the block names. */
  public boolean names(String key) {
    return fieldOf(key).isPresent();
  }
}
