package dev.runbook.core.site.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The search index, shipped as a script ({@code search-index.js}) so that search works from
 * {@code file://}, where fetching JSON is forbidden. It holds, per page, its address, title,
 * category, risk and the words of its title, tags and headings (for ranking), and an inverted
 * index of every word of its text: a sorted word list and, per word, the pages it occurs in as
 * base-36 deltas. Pages are numbered by their slot and words sorted, so the output does not
 * depend on thread timing. Thread-safe.
 */
public final class SearchIndex {
  /**
   * A page in the index. {@code keywords} are its title, tags and alert names, then {@code " · "}
   * and each heading (H2–H6), as written. {@code anchors} are those headings' anchors in the same
   * order, separated by spaces, each left empty where it is the {@link #implicitAnchor} of its
   * text, or all of it empty when every one is (the usual case: the index stays small).
   */
  public record Page(String url, String title, String category, String risk, String keywords, String anchors) {}

  private static final java.util.regex.Pattern ASCII = java.util.regex.Pattern.compile("[\\x20-\\x7e]*");

  /**
   * The anchor the search script works out for a heading when the index gives none: for ASCII
   * text, lower case, without characters other than letters, digits, spaces, {@code _} and
   * {@code -}, spaces made {@code -} (GitHub's slug of a first heading of that text); no anchor
   * ({@code "\u0000"}, never equal to one) for other text.
   */
  public static String implicitAnchor(String text) {
    if (!ASCII.matcher(text).matches()) {
      return "\u0000";
    }
    return text.toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  /** A page and the ids of its words. */
  private record Entry(Page page, int[] words) {}

  private final AtomicReferenceArray<Entry> entries;
  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();

  /** @param slots how many pages may be added, numbered 0 to slots − 1 */
  public SearchIndex(int slots) {
    this.entries = new AtomicReferenceArray<>(slots);
  }

  /** Adds the page for slot {@code slot} with its distinct words. */
  public void add(int slot, Page page, String[] words) {
    int[] wordIds = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      Integer id = ids.get(words[i]);
      if (id == null) {
        synchronized (ids) {
          id = ids.computeIfAbsent(words[i], w -> ids.size());
        }
      }
      wordIds[i] = id;
    }
    entries.set(slot, new Entry(page, wordIds));
  }

  /** Takes the page out of slot {@code slot} (serve, when a runbook is deleted or changes). */
  public void remove(int slot) {
    entries.set(slot, null);
  }

  /** How many slots there are. */
  public int slots() {
    return entries.length();
  }

  /** A copy with {@code slots} slots (at least as many as now), the pages in the same slots. */
  public SearchIndex grown(int slots) {
    SearchIndex bigger = new SearchIndex(Math.max(slots, entries.length()));
    bigger.ids.putAll(ids);
    for (int i = 0; i < entries.length(); i++) {
      bigger.entries.set(i, entries.get(i));
    }
    return bigger;
  }

  /** Writes the script. */
  public void write(OutputStream out) throws IOException {
    List<Entry> list = new ArrayList<>();
    for (int i = 0; i < entries.length(); i++) {
      if (entries.get(i) != null) {
        list.add(entries.get(i));
      }
    }
    String[] vocabulary = new String[ids.size()];
    ids.forEach((w, id) -> vocabulary[id] = w);
    StringBuilder[] postings = new StringBuilder[vocabulary.length];
    int[] last = new int[vocabulary.length];
    for (int d = 0; d < list.size(); d++) {
      for (int id : list.get(d).words()) {
        StringBuilder p = postings[id];
        if (p == null) {
          p = postings[id] = new StringBuilder(8);
          base36(p, d);
        } else {
          base36(p.append(','), d - last[id]);
        }
        last[id] = d;
      }
    }
    // Words of removed pages stay in the vocabulary, without postings: leave them out.
    Integer[] order = java.util.stream.IntStream.range(0, vocabulary.length)
        .filter(i -> postings[i] != null).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> vocabulary[a].compareTo(vocabulary[b]));
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("window.RUNBOOK_SEARCH_INDEX={\"version\":1,\"pages\":[");
    for (int d = 0; d < list.size(); d++) {
      Page p = list.get(d).page();
      sb.append(d == 0 ? "[" : ",\n[");
      JsonText.appendQuoted(sb, p.url());
      sb.append(',');
      JsonText.appendQuoted(sb, p.title());
      sb.append(',');
      JsonText.appendQuoted(sb, p.category());
      sb.append(',');
      JsonText.appendQuoted(sb, p.risk());
      sb.append(',');
      JsonText.appendQuoted(sb, p.keywords());
      if (!p.anchors().isEmpty()) {
        sb.append(',');
        JsonText.appendQuoted(sb, p.anchors());
      }
      sb.append(']');
      flush(sb, w);
    }
    sb.append("],\n\"words\":[");
    for (int i = 0; i < order.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      JsonText.appendQuoted(sb, vocabulary[order[i]]);
      flush(sb, w);
    }
    sb.append("],\n\"postings\":[");
    for (int i = 0; i < order.length; i++) {
      sb.append(i == 0 ? "\"" : ",\"").append(postings[order[i]]).append('"');
      flush(sb, w);
    }
    sb.append("]};\n");
    w.write(sb.toString());
    w.flush();
  }

  private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  /** Appends {@code n} (not negative) in base 36, as {@code Integer.toString(n, 36)} writes it. */
  private static void base36(StringBuilder sb, int n) {
    if (n < 36) {
      sb.append(DIGITS[n]);
    } else if (n < 36 * 36) {
      sb.append(DIGITS[n / 36]).append(DIGITS[n % 36]);
    } else {
      sb.append(Integer.toString(n, 36));
    }
  }

  private static void flush(StringBuilder sb, Writer w) throws IOException {
    if (sb.length() > 1 << 15) {
      w.write(sb.toString());
      sb.setLength(0);
    }
  }
}
