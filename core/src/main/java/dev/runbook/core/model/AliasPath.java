package dev.runbook.core.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a runbook's {@code aliases} front matter read as a path from the runbook root, the
 * way the linter (RB504) and the site's redirect pages both read it. A leading {@code /} means
 * the root; {@code \} is read as {@code /}; doubled slashes and {@code .} segments are dropped and
 * {@code a/../b} is {@code b}. An alias that is empty, leaves the root, starts with {@code //} (a
 * network address) or holds anything but letters, digits, {@code - _ . ~ /} and spaces (a URL, a
 * query, markup) is refused with the reason. Immutable.
 *
 * @param written the alias as the front matter has it
 * @param path the normalised path ({@code old/name.md}, {@code old/}), or null when refused
 * @param problem why the alias is refused, or null
 */
public record AliasPath(String written, String path, String problem) {
  /** Letters, digits, {@code - _ . ~ /} and spaces: a path, never markup or a URL. */
  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}._~/ -]+");

  /** Reads {@code alias}. */
  public static AliasPath of(String alias) {
    String a = alias.strip().replace('\\', '/');
    if (a.startsWith("//")) {
      return refused(alias, "starts with '//', which is a network address, not a path on this site");
    }
    if (a.isEmpty() || !SAFE.matcher(a).matches()) {
      return refused(alias, a.isEmpty() ? "is empty"
          : "holds characters a page path cannot have (only letters, digits, - _ . ~ / and spaces)");
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : a.split("/")) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return refused(alias, "leaves the runbook folder");
        }
        parts.removeLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    if (parts.isEmpty()) {
      return refused(alias, "names the runbook folder itself, whose page is the home page");
    }
    boolean folder = a.endsWith("/") || a.endsWith("/.") || a.endsWith("/..");
    return new AliasPath(alias, String.join("/", parts) + (folder ? "/" : ""), null);
  }

  private static AliasPath refused(String alias, String problem) {
    return new AliasPath(alias, null, problem);
  }

  /** Whether the alias can have a redirect page. */
  public boolean usable() {
    return problem == null;
  }

  /**
   * Whether the alias had to be normalised beyond a leading {@code /} (a doubled slash, a
   * {@code .} or {@code ..} segment, a backslash), so that the author should write {@link #path}.
   */
  public boolean normalised() {
    if (!usable()) {
      return false;
    }
    String a = written.strip();
    return !(a.startsWith("/") ? a.substring(1) : a).equals(path);
  }

  /** The redirect page: {@code old/name.md} → {@code old/name.html}, {@code old/} → {@code old/index.html}. */
  public String page() {
    if (!usable()) {
      throw new IllegalStateException("alias '" + written + "' " + problem);
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (path.endsWith("/")) {
      return path + "index.html";
    }
    if (lower.endsWith(".md")) {
      return path.substring(0, path.length() - 3) + ".html";
    }
    return lower.endsWith(".html") ? path : path + ".html";
  }
}
