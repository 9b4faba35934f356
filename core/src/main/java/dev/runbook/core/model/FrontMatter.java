package dev.runbook.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML block at the top of a file, or an empty one. {@code error} holds a broken block's
 * message and position; then {@code values} is empty.
 */
public record FrontMatter(
    boolean present, Map<String, FrontMatterValue> values, int endLine, Optional<Problem> error) {

  /** Why the YAML could not be read, and where. */
  public record Problem(String message, Position position) {}

  /** The keys {@code runbook} reads; any other is the team's own (RB504 warns unless the config names it). */
  public static final java.util.Set<String> KNOWN_KEYS = java.util.Set.of("title", "risk", "owner", "last_reviewed",
      "reviewed_by", "review_interval", "category", "tags", "automation", "aliases", "moved_to");

  public static final FrontMatter NONE = new FrontMatter(false, Map.of(), 0, Optional.empty());

  public FrontMatter {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
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
