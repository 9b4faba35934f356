package dev.runbook.core.init;

import java.util.List;
import java.util.Map;

/**
 * The H2 sections most runbooks of a group share, in their usual order, with the other headings
 * the group writes for them.
 *
 * @param sections the shared H2 titles, as the set writes them
 * @param aliases other spellings seen in the group's runbooks, by section
 * @param runbooks how many runbooks the group has
 * @param following how many of them hold every shared section (under a name or an alias)
 */
public record SectionTemplate(List<String> sections, Map<String, List<String>> aliases, int runbooks, int following) {
  public SectionTemplate {
    sections = List.copyOf(sections);
    aliases = Map.copyOf(aliases);
  }

  /** Same sections and aliases as {@code other}, whatever the counts. */
  public boolean sameShape(SectionTemplate other) {
    return sections.equals(other.sections) && aliases.equals(other.aliases);
  }
}
