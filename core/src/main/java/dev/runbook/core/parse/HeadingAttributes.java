package dev.runbook.core.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribute list at the end of a heading that gives it an explicit id: {@code {#setup}}
 * (kramdown, Hugo, MkDocs' attr_list, Pandoc), {@code {: #setup}} (kramdown's IAL) or
 * {@code {#setup .class key=value}}. Such an id is an anchor in every dialect, and the list is no
 * part of the heading's text.
 */
public final class HeadingAttributes {
  private static final Pattern TRAILING =
      Pattern.compile("[ \\t]*\\{:?[ \\t]*#([^\\s{}#]+)[^{}]*\\}[ \\t]*$");

  private HeadingAttributes() {}

  /** The explicit id at the end of a heading's text, if it has one. */
  public static Optional<String> id(String heading) {
    Matcher m = TRAILING.matcher(heading);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The heading's text without its attribute list. */
  public static String strip(String heading) {
    Matcher m = TRAILING.matcher(heading);
    return m.find() ? heading.substring(0, m.start()) : heading;
  }
}
