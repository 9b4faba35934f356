package dev.runbook.core.model;

import dev.runbook.core.model.url.SiteUrls;
import dev.runbook.core.model.url.UrlStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The URL of every document's page on the set's own site ({@link SiteUrls}), and the document a
 * URL names. A folder URL is found with or without its trailing {@code /} and as {@code
 * index.html}; a URL without an extension also as {@code .html} (servers answer both). Immutable.
 */
public final class PageUrls {
  private final SiteUrls urls;
  private final Map<String, String> urlOf = new HashMap<>();
  /** By {@link #key}; the first document by path wins a URL that two documents share. */
  private final Map<String, Runbook> byKey = new HashMap<>();
  /** Each URL once, sorted, for suggestions. */
  private final Collection<String> all;

  public PageUrls(RunbookSet set, SiteUrls urls) {
    this.urls = urls;
    Map<String, String> sorted = new TreeMap<>();
    for (Runbook doc : set.documents()) {
      String url = urls.style().url(doc.path(), set.isFolderIndex(doc));
      urlOf.put(doc.path(), url);
      if (byKey.putIfAbsent(key(url), doc) == null) {
        sorted.put(url, doc.path());
      }
    }
    this.all = Collections.unmodifiableCollection(sorted.keySet());
  }

  public SiteUrls urls() {
    return urls;
  }

  /** The URL of a document's page, relative to the base path ({@link UrlStyle#url}). */
  public String urlOf(Runbook doc) {
    return urlOf.getOrDefault(doc.path(), doc.path());
  }

  /** The document whose page has the URL {@code url} (relative to the base path, decoded). */
  public Optional<Runbook> find(String url) {
    Runbook doc = byKey.get(key(url));
    if (doc == null && !url.endsWith("/") && extension(url).isEmpty()) {
      doc = byKey.get(key(url + ".html"));
    }
    return Optional.ofNullable(doc);
  }

  /** Every page URL, sorted. */
  public Collection<String> all() {
    return all;
  }

  /**
   * The relative URL from the page at {@code from} to {@code to} (both relative to the base path),
   * as an author writes it: {@code ../b/} from Hugo's {@code a/}, {@code ./} for the page's own
   * folder.
   */
  public static String relative(String from, String to) {
    String[] dir = from.substring(0, from.lastIndexOf('/') + 1).split("/", -1);
    String[] target = to.split("/", -1);
    int common = 0;
    while (common < dir.length - 1 && common < target.length - 1 && dir[common].equals(target[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < dir.length - 1; i++) {
      out.append("../");
    }
    for (int i = common; i < target.length; i++) {
      out.append(target[i]).append(i < target.length - 1 ? "/" : "");
    }
    return out.length() == 0 ? "./" : out.toString();
  }

  /** True when a URL names a page, not a picture or a file: a folder, {@code .html}, or no extension. */
  public static boolean looksLikePage(String url) {
    String ext = extension(url);
    return url.isEmpty() || url.endsWith("/") || ext.isEmpty() || ext.equals("html") || ext.equals("htm");
  }

  /** {@code a/b/}, {@code a/b} and {@code a/b/index.html} are one page. */
  private static String key(String url) {
    String k = url.endsWith("index.html") && (url.length() == 10 || url.charAt(url.length() - 11) == '/')
        ? url.substring(0, url.length() - 10) : url;
    return k.endsWith("/") ? k.substring(0, k.length() - 1) : k;
  }

  private static String extension(String url) {
    String name = url.substring(url.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
