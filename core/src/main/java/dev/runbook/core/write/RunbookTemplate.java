package dev.runbook.core.write;

import dev.runbook.core.edit.EditRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a new runbook with {@code ${name}} variables. The built-in template passes every
 * rule once filled in; a theme may replace it with its own {@code runbook-template.md}.
 * Immutable.
 */
public final class RunbookTemplate {
  /** The file name a theme folder may hold to replace the built-in template. */
  public static final String FILE_NAME = "runbook-template.md";
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-z_]+)}");

  private final String text;
  private final String source;

  private RunbookTemplate(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /** The template shipped with runbook. */
  public static RunbookTemplate builtin() {
    try (InputStream in = RunbookTemplate.class.getResourceAsStream(FILE_NAME)) {
      if (in == null) {
        throw new IllegalStateException(FILE_NAME + " is missing from the runbook jar");
      }
      return new RunbookTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8), "the built-in template");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A team's own template file. */
  public static RunbookTemplate fromFile(Path file) throws EditRefused {
    try {
      return new RunbookTemplate(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new EditRefused("cannot read the template " + file + ": " + e.getMessage());
    }
  }

  /**
   * The template with every variable replaced. Values are inserted as given: the caller quotes
   * what must be quoted.
   *
   * @throws EditRefused when the template uses a variable that has no value
   */
  public String render(Map<String, String> values) throws EditRefused {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new EditRefused(source + " uses ${" + m.group(1) + "}, which is not one of "
            + new java.util.TreeSet<>(values.keySet()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
