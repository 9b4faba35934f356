package dev.runbook.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls link targets, ids and suppression comments out of raw HTML in Markdown. */
final class HtmlScanner {
  private static final Pattern URL_ATTR =
      Pattern.compile("<(?:a|img|source|link)\\b[^>]*?\\s(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern ID_ATTR =
      Pattern.compile("\\s(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIRECTIVE =
      Pattern.compile("<!--\\s*runbook-(disable-next-line|disable-file|disable|enable)\\b(.*?)-->", Pattern.DOTALL);

  /** A suppression comment: its directive and the rule IDs it names (empty: all rules). */
  record Directive(String kind, Set<String> rules, int offset) {}

  /** A URL attribute and its offset in the HTML text. */
  record UrlAttr(String url, int offset) {}

  private HtmlScanner() {}

  static List<UrlAttr> urls(String html) {
    List<UrlAttr> out = new ArrayList<>();
    Matcher m = URL_ATTR.matcher(html);
    while (m.find()) {
      out.add(new UrlAttr(m.group(1), m.start(1)));
    }
    return out;
  }

  static void ids(String html, Set<String> into) {
    if (html.startsWith("<!--")) {
      return;
    }
    Matcher m = ID_ATTR.matcher(html);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  static List<Directive> directives(String html) {
    List<Directive> out = new ArrayList<>();
    Matcher m = DIRECTIVE.matcher(html);
    while (m.find()) {
      Set<String> rules = new java.util.TreeSet<>();
      for (String word : m.group(2).trim().split("[\\s,]+")) {
        if (!word.isEmpty()) {
          rules.add(word.toUpperCase(java.util.Locale.ROOT));
        }
      }
      out.add(new Directive(m.group(1), rules, m.start()));
    }
    return out;
  }
}
