package dev.runbook.core.write;

import dev.runbook.core.edit.EditRefused;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What {@code runbook new NAME} makes of NAME: the title, and the kebab-case file name. A name
 * with spaces is the title ("Database Failover" → {@code database-failover.md}); a kebab-case
 * name gets a title from its words ({@code db-failover} → "Db Failover").
 *
 * @param title the H1 and front matter title
 * @param fileStem the file name without {@code .md}
 */
public record RunbookName(String title, String fileStem) {

  public static RunbookName parse(String name) throws EditRefused {
    String n = name.strip();
    if (n.toLowerCase(Locale.ROOT).endsWith(".md")) {
      n = n.substring(0, n.length() - 3).strip();
    }
    if (n.contains("/") || n.contains("\\")) {
      throw new EditRefused("'" + name + "' is a path: give a name like \"Database Failover\"; "
          + "the runbook is written to the runbook folder (use --root for another one)");
    }
    String stem = kebab(n);
    if (stem.isEmpty()) {
      throw new EditRefused("'" + name + "' has no letters or digits: give a name like \"Database Failover\"");
    }
    if (stem.equals("readme") || stem.equals("index")) {
      throw new EditRefused("'" + name + "' would be an index page, not a runbook: choose another name");
    }
    boolean spaced = n.chars().anyMatch(Character::isWhitespace);
    String title = spaced ? n.replaceAll("\\s+", " ") : titleOf(stem);
    return new RunbookName(title, stem);
  }

  public String fileName() {
    return fileStem + ".md";
  }

  /** "Café Restart (EU)" → "cafe-restart-eu". */
  static String kebab(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  private static String titleOf(String stem) {
    StringBuilder out = new StringBuilder();
    for (String word : stem.split("-")) {
      if (word.isEmpty()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.toString();
  }
}
