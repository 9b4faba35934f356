package dev.runbook.core.site.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The search index, shipped as a script ({@code search-index.js}) so that search works from
 * {@code file://} where fetching JSON is forbidden. It holds, per page, its address, title,
 * category, risk and the words of its title, tags and headings (for ranking), and an inverted
 * index of every word of its text: a sorted word list and, per word, the pages it occurs in as
 * base-36 deltas. Pages are numbered by their slot, so the output does not depend on thread
 * timing. Thread-safe.
 */
public final class SearchIndex {
  /** A page in the index. {@code keywords} are its title, tags and headings. */
  public record Page(String url, String title, String category, String risk, String keywords, String[] words) {}

  private final AtomicReferenceArray<Page> pages;
  private final Map<String, String> canonical = new ConcurrentHashMap<>();

  /** @param slots how many pages may be added, numbered 0 to slots − 1 */
  public SearchIndex(int slots) {
    this.pages = new AtomicReferenceArray<>(slots);
  }

  /** Adds the page for slot {@code slot}; the word array's strings are shared across pages. */
  public void add(int slot, Page page) {
    String[] words = page.words();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String prior = canonical.putIfAbsent(w, w);
      if (prior != null) {
        words[i] = prior;
      }
    }
    pages.set(slot, page);
  }

  /** Writes the script. */
  public void write(OutputStream out) throws IOException {
    List<Page> list = new ArrayList<>();
    for (int i = 0; i < pages.length(); i++) {
      if (pages.get(i) != null) {
        list.add(pages.get(i));
      }
    }
    Map<String, StringBuilder> postings = new TreeMap<>();
    Map<String, Integer> lastDoc = new java.util.HashMap<>();
    for (int d = 0; d < list.size(); d++) {
      for (String w : list.get(d).words()) {
        StringBuilder p = postings.computeIfAbsent(w, k -> new StringBuilder());
        Integer prev = lastDoc.put(w, d);
        if (p.length() > 0) {
          p.append(',');
        }
        p.append(Integer.toString(prev == null ? d : d - prev, 36));
      }
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("window.RUNBOOK_SEARCH_INDEX={\"version\":1,\"pages\":[");
    for (int d = 0; d < list.size(); d++) {
      Page p = list.get(d);
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
      sb.append(']');
      flush(sb, w);
    }
    sb.append("],\n\"words\":[");
    boolean first = true;
    for (String word : postings.keySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      JsonText.appendQuoted(sb, word);
      flush(sb, w);
    }
    sb.append("],\n\"postings\":[");
    first = true;
    for (StringBuilder p : postings.values()) {
      sb.append(first ? "\"" : ",\"").append(p).append('"');
      first = false;
      flush(sb, w);
    }
    sb.append("]};\n");
    w.write(sb.toString());
    w.flush();
  }

  private static void flush(StringBuilder sb, Writer w) throws IOException {
    if (sb.length() > 1 << 15) {
      w.write(sb.toString());
      sb.setLength(0);
    }
  }
}
