package dev.runbook.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML block at the top of a file, or an empty one. {@code error} holds a broken block's
 * message and position; then {@code values} is empty. {@code fieldKeys} says which key the set
 * uses for each of our fields ({@code title}, {@code owner}, {@code last_reviewed}, {@code
 * review_interval}): {@code last_reviewed_on} for {@code last_reviewed} when the config maps it so;
 * a field it does not name is read from the key of the same name.
 */
public record FrontMatter(
    boolean present, Map<String, FrontMatterValue> values, int endLine, Optional<Problem> error,
    Map<String, String> fieldKeys) {

  /** Why the YAML could not be read, and where. */
  public record Problem(String message, Position position) {}

  /** The keys {@code runbook} reads; any other is the team's own (RB504 warns unless the config names it). */
  public static final java.util.Set<String> KNOWN_KEYS = java.util.Set.of("title", "risk", "owner", "last_reviewed",
      "reviewed_by", "review_interval", "category", "tags", "automation", "aliases", "moved_to");

  public static final FrontMatter NONE = new FrontMatter(false, Map.of(), 0, Optional.empty());

  public FrontMatter {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    fieldKeys = Map.copyOf(fieldKeys);
  }

  /** Front matter whose fields are read from keys of the same name. */
  public FrontMatter(boolean present, Map<String, FrontMatterValue> values, int endLine, Optional<Problem> error) {
    this(present, values, endLine, error, Map.of());
  }

  /**
   * The same front matter with each field read from the first of its keys that is present
   * ({@code owner: [owner, owner_slack]}); a field none of whose keys is present keeps its own name.
   */
  public FrontMatter mapped(Map<String, List<String>> keysByField) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : keysByField.entrySet()) {
      e.getValue().stream().filter(values::containsKey).findFirst().ifPresent(k -> chosen.put(e.getKey(), k));
    }
    return new FrontMatter(present, values, endLine, error, chosen);
  }

  /** The key this front matter uses for one of our fields ({@code owner_slack} for {@code owner}). */
  public String keyOf(String field) {
    return fieldKeys.getOrDefault(field, field);
  }

  /** The field that {@code key} stands for: {@code owner} for a mapped {@code owner_slack}, else the key. */
  public String fieldOf(String key) {
    for (Map.Entry<String, String> e : fieldKeys.entrySet()) {
      if (e.getValue().equals(key)) {
        return e.getKey();
      }
    }
    return key;
  }

  /** One of our fields, read from the key the set uses for it. */
  public Optional<FrontMatterValue> field(String field) {
    return get(keyOf(field));
  }

  /** One of our fields as a non-blank string, read from the key the set uses for it. */
  public Optional<String> fieldString(String field) {
    return string(keyOf(field));
  }

  public Optional<FrontMatterValue> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public Optional<String> string(String key) {
    return get(key).map(FrontMatterValue::asString).filter(s -> !s.isBlank()).map(String::trim);
  }

  public List<String> strings(String key) {
    return get(key).map(FrontMatterValue::asStringList).orElse(List.of());
  }
}
