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
  /** For each required section, its normalised name and aliases. */
  private final List<List<String>> accepted = new ArrayList<>();

  public RequiredSections(Config config) {
    this.required = config.sections();
    for (String name : required) {
      List<String> names = new ArrayList<>();
      names.add(normalise(name));
      for (var e : config.sectionAliases().entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          e.getValue().forEach(a -> names.add(normalise(a)));
        }
      }
      accepted.add(List.copyOf(names));
    }
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

  /** The first of {@code found} that is the named required section. */
  public static Optional<Section> first(List<Found> found, String name) {
    return found.stream().filter(f -> f.required().equalsIgnoreCase(name)).map(Found::section).findFirst();
  }

  Optional<Integer> match(String heading) {
    String h = normalise(heading);
    for (int i = 0; i < accepted.size(); i++) {
      if (accepted.get(i).contains(h)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
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
    return withoutLeadingNumber(out.toString()).toLowerCase(Locale.ROOT);
  }

  /** {@code s.replaceFirst("^\\d+ ", "")} without compiling a pattern for every heading. */
  private static String withoutLeadingNumber(String s) {
    int digits = 0;
    while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    return digits > 0 && digits < s.length() && s.charAt(digits) == ' ' ? s.substring(digits + 1) : s;
  }
}
