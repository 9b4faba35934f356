package dev.runbook.core.site.output;

import dev.runbook.core.model.LinkResolver;
import dev.runbook.core.site.SiteException;
import dev.runbook.core.site.render.Hrefs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks the written site itself: every page is read as it is written; at the end every internal
 * {@code href} and {@code src} must name a written file and every {@code #fragment} an id on that
 * page, and no URL may use {@code javascript:}, {@code data:} or {@code vbscript:}, and no element
 * may carry an {@code on*} event handler. A failure is a bug in the generator or a theme override,
 * never the user's content. Thread-safe.
 *
 * <p>How pages are read: jsoup's HTML parser is the reference for what a page's elements and
 * attributes are. Building its tree for every page was the largest cost of a build, so each page
 * is first read by {@link MarkupScanner}, a single pass over its UTF-8 bytes (the page is not
 * decoded) that follows jsoup's tokeniser exactly and its tree builder as far as a well-formed
 * page needs (the pages our templates and CommonMark make); on any page it cannot vouch for it
 * gives up and the page is decoded and parsed by jsoup as before.
 * Either way the page yields the same {@link PageFindings}; a differential test holds the two
 * readings equal on whole generated sites and on hostile hand-written and random markup.
 */
public final class SiteVerifier {
  private static final int MAX_REPORTED = 20;

  /** Ids (and {@code a name}s) per page. */
  private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
  /**
   * Each internal target (file, or file#fragment) and the first link to it, except where that is a
   * page's link to a fragment of itself ({@code #x}): those are kept in {@link #ownFragments}.
   */
  private final Map<String, Link> targets = new ConcurrentHashMap<>();
  /**
   * Each page's links to fragments of itself. There are many (tables of contents), and a page
   * almost always has the ids it links to, so {@link #verify} checks them there and only a broken
   * one becomes a target, under whichever link to it came first.
   */
  private final Queue<OwnFragments> ownFragments = new ConcurrentLinkedQueue<>();
  /** Pages recorded so far: the order of links, for "the first link to a target". */
  private final AtomicLong recorded = new AtomicLong();
  private final Set<String> problems = new ConcurrentSkipListSet<>();
  /**
   * What each URL (stripped) in a folder comes to. The same navigation links appear on every page.
   * The first page of the folder to use a URL resolves it for all (a URL with an empty path, such
   * as {@code ?q}, thus names that page).
   */
  private final Map<String, Map<String, Resolved>> resolved = new ConcurrentHashMap<>();

  /** A URL's target in the site, or (target null) one of the three outcomes below. */
  private static final class Resolved {
    final String target;
    /** Set once the target is among {@link #targets}: later uses need not look. */
    volatile boolean recorded;

    Resolved(String target) {
      this.target = target;
    }
  }

  private static final Resolved CLIMBS_OUT = new Resolved(null);
  private static final Resolved UNSAFE = new Resolved(null);
  private static final Resolved ELSEWHERE = new Resolved(null);

  /**
   * A link as the report names it: "page: attribute 'value'"; {@code order} and {@code index} (the
   * page's, and the link's among the page's URLs) say which of two links came first.
   */
  private record Link(String page, String attribute, String value, long order, int index) {
    boolean before(Link other) {
      return order < other.order || (order == other.order && index < other.index);
    }

    @Override
    public String toString() {
      return page + ": " + attribute + " '" + abbreviate(value) + "'";
    }
  }

  /**
   * A page's links to its own fragments: attributes, values (stripped) and indexes among its URLs;
   * {@code allFound} when each is a plain {@code #id} of an id on the page (the page's path has no
   * {@code #}) among {@code pageIds}, so that all are fine if the page was written with those ids:
   * found out while the pages are inspected, on every thread, rather than in {@link #verify}.
   */
  private record OwnFragments(String page, long order, String[] attributes, String[] values, int[] indexes,
      int count, boolean allFound, Set<String> pageIds) {}

  /** Reads a page and records its ids and links: {@link #inspect(String, byte[])} of it in UTF-8. */
  public void inspect(String page, String html) {
    inspect(page, html.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a page, its site path and its bytes as written (UTF-8; a malformed sequence is read as
   * U+FFFD), and records its ids and links.
   */
  public void inspect(String page, byte[] utf8) {
    PageFindings found = new PageFindings();
    if (!MarkupScanner.scan(utf8, found)) {
      found = PageFindings.parse(new String(utf8, StandardCharsets.UTF_8));
    }
    record(page, found);
  }

  private void record(String page, PageFindings found) {
    long order = recorded.getAndIncrement();
    for (String handler : found.handlers) {
      problems.add(page + ": " + handler);
    }
    Map<String, Resolved> folder = null;
    String[] attributes = null;
    String[] values = null;
    int[] indexes = null;
    int own = 0;
    int index = 0;
    for (PageFindings.Use use : found.urls) {
      String attribute = use.attribute();
      String v = use.value().strip();
      if (v.startsWith("#") && !attribute.equals("srcset")) { // neither unsafe nor a scheme: checked in verify
        if (own == 0) {
          attributes = new String[8];
          values = new String[8];
          indexes = new int[8];
        } else if (own == attributes.length) {
          attributes = Arrays.copyOf(attributes, own * 2);
          values = Arrays.copyOf(values, own * 2);
          indexes = Arrays.copyOf(indexes, own * 2);
        }
        attributes[own] = attribute;
        values[own] = v;
        indexes[own++] = index;
      } else {
        folder = url(page, attribute, v, folder, order, index);
      }
      index++;
    }
    if (own > 0) {
      ownFragments.add(new OwnFragments(page, order, attributes, values, indexes, own,
          allFound(page, values, own, found.ids), found.ids));
    }
    ids.put(page, found.ids);
  }

  /** Whether each of a page's own fragment links is {@code #id} of an id on the page, read plainly. */
  private static boolean allFound(String page, String[] values, int count, Set<String> pageIds) {
    if (page.indexOf('#') >= 0) {
      return false;
    }
    boolean html = page.endsWith(".html");
    for (int i = 0; i < count; i++) {
      String v = values[i];
      if (v.length() <= 1 || v.indexOf('%') >= 0 || html && !pageIds.contains(v.substring(1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks one URL (stripped, not a fragment of the page); returns the page's folder cache, looked
   * up on first need. In order: an unsafe URL is a problem; srcset, protocol-relative and scheme
   * URLs are not followed; the rest must resolve inside the site, and its target is recorded.
   */
  private Map<String, Resolved> url(String page, String attribute, String v, Map<String, Resolved> folder,
      long order, int index) {
    if (attribute.equals("srcset")) {
      if (unsafe(v)) {
        problems.add(page + ": unsafe URL in " + attribute + ": '" + abbreviate(v) + "'");
      }
      return folder;
    }
    if (folder == null) {
      String name = page.substring(0, page.lastIndexOf('/') + 1);
      folder = resolved.get(name);
      if (folder == null) {
        folder = resolved.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
      }
    }
    Resolved r = folder.get(v);
    if (r == null) {
      r = classify(page, v);
      Resolved first = folder.putIfAbsent(v, r);
      r = first != null ? first : r;
    }
    if (r == UNSAFE) {
      problems.add(page + ": unsafe URL in " + attribute + ": '" + abbreviate(v) + "'");
    } else if (r == CLIMBS_OUT) {
      problems.add(page + ": " + attribute + " '" + abbreviate(v) + "' leaves the site");
    } else if (r != ELSEWHERE && !r.recorded) {
      if (!targets.containsKey(r.target)) {
        targets.putIfAbsent(r.target, new Link(page, attribute, v, order, index));
      }
      r.recorded = true;
    }
    return folder;
  }

  /** A stripped URL (not a fragment, not in srcset) as found on {@code page}: its target, or an outcome. */
  private static Resolved classify(String page, String v) {
    if (unsafe(v)) {
      return UNSAFE;
    }
    if (v.startsWith("//") || hasScheme(v)) {
      return ELSEWHERE;
    }
    String target = resolve(page, v);
    return target == null ? CLIMBS_OUT : new Resolved(target);
  }

  /**
   * Whether the URL, with every character up to U+0020 removed and lower-cased, starts with
   * {@code javascript:}, {@code data:} or {@code vbscript:} (what browsers ignore or fold).
   */
  static boolean unsafe(String v) {
    if (v.isEmpty()) {
      return false;
    }
    char first = v.charAt(0);
    if (first > ' ' && first < 0x80 && "jJdDvV".indexOf(first) < 0) {
      return false; // squeezed and lower-cased, it starts with this character (lower-cased): none of the three
    }
    for (int i = 0, n = v.length(); i < n; i++) {
      char c = v.charAt(i);
      if (c <= ' ' || c >= 0x80) { // rare: squeeze and lower-case the whole value
        return unsafeSqueezed(v);
      }
    }
    return startsWithIgnoreAsciiCase(v, "javascript:") || startsWithIgnoreAsciiCase(v, "data:")
        || startsWithIgnoreAsciiCase(v, "vbscript:");
  }

  private static boolean unsafeSqueezed(String v) {
    StringBuilder b = new StringBuilder(v.length());
    for (int i = 0, n = v.length(); i < n; i++) {
      char c = v.charAt(i);
      if (c > ' ') {
        b.append(c);
      }
    }
    String squeezed = b.toString().toLowerCase(Locale.ROOT);
    return squeezed.startsWith("javascript:") || squeezed.startsWith("data:") || squeezed.startsWith("vbscript:");
  }

  private static boolean startsWithIgnoreAsciiCase(String v, String lowerPrefix) {
    int n = lowerPrefix.length();
    if (v.length() < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerPrefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-zA-Z][a-zA-Z0-9+.-]*:} at the start. */
  static boolean hasScheme(String v) {
    int n = v.length();
    if (n == 0 || !asciiLetter(v.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = v.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!(asciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
        return false;
      }
    }
    return false;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** page + href → "path" or "path#fragment", decoded; null when it climbs out of the site. */
  static String resolve(String page, String href) {
    String fragment = null;
    int hash = href.indexOf('#');
    String path = href;
    if (hash >= 0) {
      fragment = Hrefs.decode(href.substring(hash + 1));
      path = href.substring(0, hash);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String file;
    if (path.isEmpty()) {
      file = page;
    } else {
      int slash = page.lastIndexOf('/');
      String joined = (slash < 0 ? "" : page.substring(0, slash + 1)) + Hrefs.decode(path);
      file = normalize(joined);
      if (file == null) {
        return null;
      }
      if (path.endsWith("/") || file.isEmpty()) {
        file = file.isEmpty() ? "index.html" : file + "/index.html";
      }
    }
    return fragment == null || fragment.isEmpty() ? file : file + "#" + fragment;
  }


  /**
   * As {@link LinkResolver#normalize}: the path's segments, split at '/', without empty and "."
   * ones, each ".." taking back the one before it (null if there is none), joined with '/'.
   */
  static String normalize(String path) {
    int n = path.length();
    StringBuilder b = new StringBuilder(n);
    int[] starts = new int[8]; // where each kept segment (with its '/') starts in b
    int kept = 0;
    for (int i = 0; i <= n; ) {
      int slash = path.indexOf('/', i);
      int end = slash < 0 ? n : slash;
      int length = end - i;
      if (length == 0 || (length == 1 && path.charAt(i) == '.')) {
        // skipped
      } else if (length == 2 && path.charAt(i) == '.' && path.charAt(i + 1) == '.') {
        if (kept == 0) {
          return null;
        }
        b.setLength(starts[--kept]);
      } else {
        if (kept == starts.length) {
          starts = Arrays.copyOf(starts, kept * 2);
        }
        starts[kept++] = b.length();
        if (b.length() > 0) {
          b.append('/');
        }
        b.append(path, i, end);
      }
      i = end + 1;
    }
    return b.toString();
  }

  /**
   * Checks every recorded link against the files in {@code folder}.
   *
   * @throws SiteException {@link SiteException.Kind#INVALID_OUTPUT} listing the first problems
   */
  public void verify(Path folder) throws SiteException {
    Set<String> written;
    try {
      written = SiteMarker.files(folder);
    } catch (IOException e) {
      throw new SiteException(SiteException.Kind.IO, "cannot read back the site in " + folder + ": " + e.getMessage(), e);
    }
    verify(written);
  }

  /**
   * Checks every recorded link against {@code written}, the site paths of the files the site
   * folder holds, as read back from it ({@link OutputFolder#staged()}).
   *
   * @throws SiteException {@link SiteException.Kind#INVALID_OUTPUT} listing the first problems
   */
  public void verify(Set<String> staged) throws SiteException {
    Set<String> written = new HashSet<>(staged); // looked up once per link target
    Set<String> found = new TreeSet<>(problems);
    Map<String, Link> broken = brokenOwnFragments(written);
    for (Map.Entry<String, Link> t : targets.entrySet()) {
      Link first = broken.remove(t.getKey());
      String problem = problem(t.getKey(), written);
      if (problem != null) {
        found.add((first != null ? first : t.getValue()) + ": " + problem);
      }
    }
    for (Map.Entry<String, Link> t : broken.entrySet()) {
      found.add(t.getValue() + ": " + problem(t.getKey(), written));
    }
    if (!found.isEmpty()) {
      List<String> shown = new ArrayList<>(found).subList(0, Math.min(MAX_REPORTED, found.size()));
      String more = found.size() > MAX_REPORTED ? "\n  … and " + (found.size() - MAX_REPORTED) + " more" : "";
      throw new SiteException(SiteException.Kind.INVALID_OUTPUT,
          "the generated site failed verification (a bug in runbook or in a theme override),"
              + " so the previous site was kept. " + found.size() + " problem" + (found.size() == 1 ? "" : "s") + ":\n  "
              + String.join("\n  ", shown) + more);
    }
  }

  /** What is wrong with a target, as the report says it after the link; null if nothing. */
  private String problem(String target, Set<String> written) {
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    if (!written.contains(file)) {
      return file + " was not written";
    } else if (hash >= 0 && file.endsWith(".html")) {
      Set<String> pageIds = ids.get(file);
      String fragment = target.substring(hash + 1);
      if (pageIds == null || !pageIds.contains(fragment)) {
        return file + " has no id '" + fragment + "'";
      }
    }
    return null;
  }

  /**
   * The pages' links to their own fragments whose targets are broken, each target with the first
   * link to it: the page's own (the first of them), or the one among {@link #targets} if that came
   * first (then it is not in the map).
   */
  private Map<String, Link> brokenOwnFragments(Set<String> written) {
    Map<String, Link> broken = new HashMap<>();
    for (OwnFragments f : ownFragments) {
      String page = f.page();
      // Most often "#x" on a page without '#' in its path: the target page#x is that page and x.
      boolean plain = page.indexOf('#') < 0;
      boolean fine = written.contains(page);
      if (fine && f.allFound() && ids.get(page) == f.pageIds()) {
        continue; // each is fine, as the loop below would find
      }
      Set<String> pageIds = page.endsWith(".html") ? ids.get(page) : null;
      for (int i = 0; i < f.count(); i++) {
        String v = f.values()[i];
        if (plain && fine && v.length() > 1 && v.indexOf('%') < 0
            && (!page.endsWith(".html") || (pageIds != null && pageIds.contains(v.substring(1))))) {
          continue; // as problem(page + v) == null
        }
        String target = v.length() == 1 ? page : v.indexOf('%') < 0 ? page.concat(v) : resolve(page, v);
        if (problem(target, written) == null) {
          continue;
        }
        Link link = new Link(page, f.attributes()[i], v, f.order(), f.indexes()[i]);
        Link first = broken.get(target);
        if (first == null) {
          first = targets.get(target);
        }
        if (first == null || link.before(first)) {
          broken.put(target, link);
        }
      }
    }
    return broken;
  }

  /**
   * Each internal target and the first link to it (as "page: attribute 'value'"), fragments of a
   * page on the page itself included: what the report would name for each; for tests.
   */
  Map<String, String> firstLinks() {
    Map<String, Link> first = new HashMap<>(targets);
    for (OwnFragments f : ownFragments) {
      for (int i = 0; i < f.count(); i++) {
        String v = f.values()[i];
        String target = v.length() == 1 ? f.page() : v.indexOf('%') < 0 ? f.page().concat(v) : resolve(f.page(), v);
        Link link = new Link(f.page(), f.attributes()[i], v, f.order(), f.indexes()[i]);
        Link other = first.get(target);
        if (other == null || link.before(other)) {
          first.put(target, link);
        }
      }
    }
    Map<String, String> named = new TreeMap<>();
    first.forEach((target, link) -> named.put(target, link.toString()));
    return named;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
