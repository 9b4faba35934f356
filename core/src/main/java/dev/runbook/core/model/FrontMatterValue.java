package dev.runbook.core.model;

import java.util.List;

/**
 * One top-level front matter entry: its value as plain Java data (String, List, Map, or null)
 * and the line of its key.
 */
public record FrontMatterValue(String key, Object value, Position position) {

  /** The value as a string when it is a scalar, else null. */
  public String asString() {
    return value instanceof String s ? s : null;
  }

  /** The value as a list of strings, or null when it is not a list of scalars. */
  public List<String> asStringList() {
    if (!(value instanceof List<?> list)) {
      return null;
    }
    for (Object o : list) {
      if (!(o instanceof String)) {
        return null;
      }
    }
    @SuppressWarnings("unchecked")
    List<String> strings = (List<String>) list;
    return strings;
  }
}
