package dev.runbook.core.site.render;

import dev.runbook.core.config.Config;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the headings of one required section (Steps) and its configured aliases, ignoring
 * case, surrounding emoji and punctuation and a leading number, as the linter does. Immutable.
 */
final class SectionTitles {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Set<String> names = new HashSet<>();

  SectionTitles(List<String> titles) {
    titles.forEach(t -> names.add(normalise(t)));
  }

  /**
   * The Steps section of a config and its aliases, and those of each of its kinds; none when no
   * template has Steps.
   */
  static SectionTitles steps(Config config) {
    List<String> titles = new java.util.ArrayList<>();
    List<Config> templates = new java.util.ArrayList<>(List.of(config));
    config.kinds().forEach(k -> templates.add(config.forKind(k)));
    for (Config c : templates) {
      c.stepsSection().ifPresent(s -> {
        titles.add(s);
        titles.addAll(c.sectionAliases().getOrDefault(s, List.of()));
      });
    }
    return new SectionTitles(titles);
  }

  boolean matches(String heading) {
    return !names.isEmpty() && names.contains(normalise(heading));
  }

  static String normalise(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetter(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    int end = text.length();
    while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return SPACES.matcher(text.substring(start, end)).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
