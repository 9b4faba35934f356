package dev.runbook.core.rules;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches a runbook's H2 sections against the configured required sections: case, surrounding
 * emoji and punctuation and a leading number are ignored; aliases count.
 */
public final class RequiredSections {
  /** A required section found in the document. */
  public record Found(String required, int order, Section section) {}

  private final List<String> required;
  private final Config config;

  public RequiredSections(Config config) {
    this.config = config;
    this.required = config.sections();
  }

  public List<String> required() {
    return required;
  }

  /** Every H2 that is a required section, in document order (duplicates included). */
  public List<Found> find(Runbook r) {
    List<Found> out = new ArrayList<>();
    for (Section s : r.sections()) {
      match(s.title()).ifPresent(i -> out.add(new Found(required.get(i), i, s)));
    }
    return out;
  }

  /** The first section that is the named required section. */
  public Optional<Section> first(Runbook r, String name) {
    return find(r).stream().filter(f -> f.required().equalsIgnoreCase(name)).map(Found::section).findFirst();
  }

  Optional<Integer> match(String heading) {
    String h = normalise(heading);
    for (int i = 0; i < required.size(); i++) {
      String name = required.get(i);
      if (h.equals(normalise(name))) {
        return Optional.of(i);
      }
      for (String alias : aliases(name)) {
        if (h.equals(normalise(alias))) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private List<String> aliases(String name) {
    for (var e : config.sectionAliases().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return List.of();
  }

  /** "3. 🚀 Steps:" → "steps". */
  public static String normalise(String heading) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < heading.length(); ) {
      int cp = heading.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(Character.toLowerCase(cp));
        space = false;
      } else {
        space = true;
      }
    }
    String s = out.toString();
    return s.replaceFirst("^\\d+ ", "").toLowerCase(Locale.ROOT);
  }
}
