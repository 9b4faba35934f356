package dev.runbook.core.write;

import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a list item linking a runbook to an index page, under the heading of its category (the
 * heading above an index link names the category, SPEC §2.4). Without such a heading, a new one
 * goes at the end of the index's list of runbooks (the run of headings whose lists link to
 * runbooks), or at the end of the page. The item copies the style of the list it joins.
 * Stateless.
 */
public final class IndexEntry {
  private static final Pattern LIST_ITEM = Pattern.compile("^(\\s{0,3})([-*+]|(\\d{1,9})([.)]))\\s+.*");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  /**
   * What to add.
   *
   * @param link the link target as written from the index, e.g. {@code database-failover.md}
   * @param title the link text
   * @param category the category, matched against headings without case, emoji or markup
   */
  public record Request(String link, String title, String category) {}

  /**
   * The edited index.
   *
   * @param before the index's lines as they were
   * @param after the index's lines with the item added (the same when it already linked there)
   * @param description what was done, for people
   */
  public record Result(SourceLines before, SourceLines after, String description) {}

  private IndexEntry() {}

  /** @param index the index page's lines, and {@code parsed} the same text parsed */
  public static Result add(SourceLines index, Runbook parsed, Request request) {
    if (alreadyLinked(parsed, request.link())) {
      return new Result(index, index, "already linked from " + parsed.path());
    }
    String item = "[" + request.title().replace("[", "\\[").replace("]", "\\]") + "](" + request.link() + ")";
    Optional<Heading> heading = parsed.headings().stream()
        .filter(h -> h.level() > 1 && clean(h.text()).equalsIgnoreCase(clean(request.category())))
        .findFirst();
    if (heading.isPresent()) {
      return new Result(index, underHeading(index, parsed, heading.get(), item),
          "linked from " + parsed.path() + " under '" + heading.get().text() + "'");
    }
    Optional<RunbookList> list = runbookList(parsed);
    String title = clean(request.category());
    if (list.isPresent()) {
      int level = list.get().level();
      int at = afterLastText(index, list.get().end());
      List<String> added = new ArrayList<>(List.of("", "#".repeat(level) + " " + title, "- " + item));
      if (at < index.size() && !index.line(at).isBlank()) {
        added.add("");
      }
      return new Result(index, index.withInserted(at, added), "linked from " + parsed.path()
          + " under a new heading '" + title + "' after the other categories");
    }
    List<String> added = new ArrayList<>();
    if (index.size() > 0 && !index.line(index.size() - 1).isBlank()) {
      added.add("");
    }
    added.add("### " + title);
    added.add("- " + item);
    return new Result(index, index.withInserted(index.size(), added), "linked from " + parsed.path()
        + " under a new heading '" + title + "' at the end");
  }

  private static boolean alreadyLinked(Runbook index, String link) {
    for (Link l : index.links()) {
      String d = l.destination().strip();
      int hash = d.indexOf('#');
      d = hash < 0 ? d : d.substring(0, hash);
      if (d.startsWith("./")) {
        d = d.substring(2);
      }
      if (d.equals(link)) {
        return true;
      }
    }
    return false;
  }

  /** After the heading's last list item, or after its last text with a blank line, or right under it. */
  private static SourceLines underHeading(SourceLines index, Runbook parsed, Heading heading, String item) {
    int headingIndex = heading.position().line() - 1;
    int end = nextHeadingIndex(parsed, heading.position().line(), index.size());
    int lastText = -1;
    String marker = null;
    for (int i = headingIndex + 1; i < end; i++) {
      String line = index.line(i);
      if (line.isBlank()) {
        continue;
      }
      lastText = i;
      Matcher m = LIST_ITEM.matcher(line);
      if (!parsed.isCodeLine(i + 1) && m.matches() && m.group(1).isEmpty()) {
        marker = m.group(3) == null ? m.group(2) : (Integer.parseInt(m.group(3)) + 1) + m.group(4);
      }
    }
    if (lastText < 0) {
      return index.withInserted(headingIndex + 1, List.of("- " + item));
    }
    boolean listEndsSection = LIST_ITEM.matcher(index.line(lastText)).matches() || isContinuation(index.line(lastText));
    if (marker != null && listEndsSection) {
      return index.withInserted(lastText + 1, List.of(marker + " " + item));
    }
    List<String> added = new ArrayList<>(List.of("", "- " + item));
    if (lastText + 1 < index.size() && !index.line(lastText + 1).isBlank()) {
      added.add("");
    }
    return index.withInserted(lastText + 1, added);
  }

  /** An indented line after a list item continues it. */
  private static boolean isContinuation(String line) {
    return line.startsWith("  ") || line.startsWith("\t");
  }

  /** Where the index's list of runbooks ends (0-based line index, exclusive), and its heading level. */
  private record RunbookList(int end, int level) {}

  /**
   * The index's runbook list: the first heading whose section links to a Markdown file, and its
   * sibling headings up to the parent's end.
   */
  private static Optional<RunbookList> runbookList(Runbook parsed) {
    List<Heading> headings = parsed.headings();
    for (int h = 0; h < headings.size(); h++) {
      Heading first = headings.get(h);
      if (first.level() < 2) {
        continue;
      }
      int start = first.position().line();
      int next = h + 1 < headings.size() ? headings.get(h + 1).position().line() : Integer.MAX_VALUE;
      if (!linksToMarkdown(parsed, start, next)) {
        continue;
      }
      int end = parsed.lines().size();
      for (int k = h + 1; k < headings.size(); k++) {
        if (headings.get(k).level() < first.level()) {
          end = headings.get(k).position().line() - 1;
          break;
        }
      }
      return Optional.of(new RunbookList(end, first.level()));
    }
    return Optional.empty();
  }

  private static boolean linksToMarkdown(Runbook parsed, int fromLine, int beforeLine) {
    for (Link l : parsed.links()) {
      int line = l.position().line();
      String d = l.destination().strip();
      int hash = d.indexOf('#');
      String path = (hash < 0 ? d : d.substring(0, hash)).toLowerCase(Locale.ROOT);
      if (line > fromLine && line < beforeLine && path.endsWith(".md") && !SCHEME.matcher(path).matches()) {
        return true;
      }
    }
    return false;
  }

  private static int nextHeadingIndex(Runbook parsed, int afterLine, int size) {
    for (Heading h : parsed.headings()) {
      if (h.position().line() > afterLine) {
        return h.position().line() - 1;
      }
    }
    return size;
  }

  /** The index just after the last non-blank line before {@code end}. */
  private static int afterLastText(SourceLines index, int end) {
    int i = Math.min(end, index.size());
    while (i > 0 && index.line(i - 1).isBlank()) {
      i--;
    }
    return i;
  }

  /** "🚀 **Startup Procedures**" → "Startup Procedures". */
  static String clean(String text) {
    String t = text.replace("*", "").replace("_", " ").strip();
    int start = 0;
    while (start < t.length() && !Character.isLetterOrDigit(t.codePointAt(start))) {
      start += Character.charCount(t.codePointAt(start));
    }
    int end = t.length();
    while (end > start && !Character.isLetterOrDigit(t.codePointBefore(end))) {
      end -= Character.charCount(t.codePointBefore(end));
    }
    return t.substring(start, end).replaceAll("\\s+", " ");
  }
}
