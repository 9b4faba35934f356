package dev.runbook.core.alerts;

import dev.runbook.core.config.AlertsConfig;
import dev.runbook.core.model.LinkResolver;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Resolves runbook URLs to runbooks of a set (SPEC §7.2): the {@code alerts.runbook_urls}
 * patterns in order ({@code {path}} is a runbook's path without {@code .md}; a trailing {@code
 * /}, {@code .html} or {@code /index.html} is accepted), else {@code site.base_url} with the
 * site's own page paths; a value with no scheme is a file path relative to the config's folder.
 * Fragments are checked against the runbook's anchors (the slugs RB302 checks).
 *
 * <p>An alert's own page on the site, {@code <base>/-/alerts/<AlertName>.html} (with {@code <base>}
 * {@code site.base_url} or a pattern's part before {@code {path}}, and {@code {{ $labels.alertname
 * }}} standing for the alert's name), leads to the runbook named after the alert: the document
 * whose file name is {@code <AlertName>.md}, ignoring case (Hugo lower-cases), first by path; else
 * the first heading (H2–H6) that holds the name as a word (a file of many alerts, one heading
 * each), at its anchor. The site's alert page redirects there, so the check and the site agree. Immutable and thread-safe.
 */
public final class RunbookUrls {
  private static final List<String> TAILS = List.of("/index.html", ".html", "/");
  /** The folder of the alert pages, in the site's own folder. */
  public static final String ALERT_PAGES = dev.runbook.core.site.render.PagePaths.OWN + "alerts/";
  private static final Pattern ALERTNAME = Pattern.compile("\\{\\{-?\\s*\\$labels\\.alertname\\s*-?}}");

  private final boolean ignoreCase;
  private final List<String> patterns;
  private final Optional<String> siteBase;
  private final RunbookSet set;
  private final Path configFolder;
  /** {@code {path}} (case-folded when ignoring case) to its document. */
  private final Map<String, Runbook> byPathKey = new HashMap<>();
  /** Site page path (case-folded when ignoring case) to its document. */
  private final Map<String, Runbook> byPage = new HashMap<>();
  /** A document's file name without {@code .md}, lower-cased, to the first document of that name. */
  private final Map<String, Runbook> byName = new HashMap<>();
  /** A word of a heading (lower case) to the first document and heading holding it; made when first needed. */
  private volatile Map<String, HeadingHit> byHeadingWord;
  /** Where alert pages are: each site address's {@link #ALERT_PAGES}. */
  private final List<String> alertPages = new ArrayList<>();
  /** Compared form of each document's path to the path, for suggestions, by folder (compared form). */
  private final Map<String, Map<String, String>> suggestions = new HashMap<>();
  /** Below this many documents, a path's suggestions come from the whole set, not only its folder. */
  private static final int SMALL_SET = 1_000;

  /**
   * @param pages each document's page on the site, by document path (for the default pattern)
   * @param siteBaseUrl {@code site.base_url}, used when there are no patterns
   */
  public RunbookUrls(AlertsConfig config, RunbookSet set, Path configFolder,
      Supplier<Map<String, String>> pages, Optional<String> siteBaseUrl) {
    this.ignoreCase = config.ignoreCase();
    this.patterns = config.runbookUrls();
    this.siteBase = patterns.isEmpty() ? siteBaseUrl.map(b -> b.endsWith("/") ? b : b + "/") : Optional.empty();
    this.set = set;
    this.configFolder = configFolder.toAbsolutePath().normalize();
    Map<String, String> pageOf = siteBase.isPresent() ? pages.get() : Map.of();
    for (Runbook doc : set.documents()) {
      String stem = doc.path().endsWith(".md") ? doc.path().substring(0, doc.path().length() - 3) : doc.path();
      byPathKey.put(fold(stem), doc);
      byName.putIfAbsent(stem.substring(stem.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT), doc);
      suggestions.computeIfAbsent(fold(doc.folder()), k -> new LinkedHashMap<>()).put(fold(doc.path()), doc.path());
      String page = pageOf.get(doc.path());
      if (page != null) {
        byPage.put(fold(page), doc);
      }
    }
    siteBaseUrl.map(b -> b.endsWith("/") ? b : b + "/").ifPresent(b -> alertPages.add(b + ALERT_PAGES));
    for (String p : patterns) {
      String prefix = p.substring(0, p.indexOf("{path}"));
      if (prefix.endsWith("/") && hasScheme(prefix)) {
        alertPages.add(prefix + ALERT_PAGES);
      }
    }
    for (Runbook doc : set.documents()) {
      if (set.isFolderIndex(doc)) {
        byPathKey.putIfAbsent(fold(doc.folder()), doc);
      }
    }
  }

  /**
   * The documents a broken link's {@code wanted} path may have meant, by the form it is compared
   * in ({@link #fold}): those in its folder (a renamed alert keeps its folder), and in a small set
   * every document.
   */
  public Map<String, String> suggestionsFor(String wanted) {
    return suggestionsIn(suggestionScope(wanted));
  }

  /**
   * The folder whose runbooks {@link #suggestionsFor} offers for {@code wanted} (folded, {@code
   * ""} at the root): wanted paths of one folder share their candidates, so a caller may keep them.
   */
  public String suggestionScope(String wanted) {
    String folded = fold(wanted);
    int slash = folded.lastIndexOf('/');
    return slash < 0 ? "" : folded.substring(0, slash);
  }

  /** The candidates for wanted paths in {@code folder}: folded path to runbook path, that folder's first. */
  public Map<String, String> suggestionsIn(String folder) {
    Map<String, String> out = new LinkedHashMap<>(suggestions.getOrDefault(folder, Map.of()));
    if (set.documents().size() <= SMALL_SET) {
      suggestions.values().forEach(out::putAll);
    }
    return out;
  }


  /** The form paths are compared in: lower case when ignoring case. */
  public String fold(String s) {
    return ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
  }

  /** As {@link #resolve(String, String)} for a URL of no particular alert. */
  public RunbookLink resolve(String value) {
    return resolve(value, null);
  }

  /**
   * Where the runbook URL {@code value} of the alert {@code alertName} (null when unknown) leads.
   */
  public RunbookLink resolve(String value, String alertName) {
    String url = value.strip();
    int end = pathEnd(url);
    String pathPart = url.substring(0, end);
    String fragment = fragment(url, end);
    Optional<RunbookLink> alertPage = alertPage(url, pathPart, fragment, alertName);
    if (alertPage.isPresent()) {
      return alertPage.get();
    }
    if (pathPart.contains("{{")) {
      return RunbookLink.of(RunbookLink.Status.UNRESOLVABLE, url);
    }
    if (!hasScheme(url)) {
      return file(url, pathPart, fragment);
    }
    for (String p : patterns) {
      int at = p.indexOf("{path}");
      Optional<RunbookLink> hit = pattern(url, pathPart, fragment, p.substring(0, at), p.substring(at + 6));
      if (hit.isPresent()) {
        return hit.get();
      }
    }
    if (siteBase.isPresent() && fold(pathPart).startsWith(fold(siteBase.get()))) {
      String rest = LinkResolver.decode(pathPart.substring(siteBase.get().length()));
      String bare = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
      for (String page : List.of(rest, bare + ".html", bare.isEmpty() ? "index.html" : bare + "/index.html")) {
        Runbook doc = byPage.get(fold(page));
        if (doc != null) {
          return found(url, doc, fragment);
        }
      }
      String stem = bare.endsWith("/index.html") ? bare.substring(0, bare.length() - 11)
          : bare.endsWith(".html") ? bare.substring(0, bare.length() - 5) : bare;
      return new RunbookLink(RunbookLink.Status.BROKEN_PATH, url, Optional.empty(), stem + ".md", fragment);
    }
    return RunbookLink.of(RunbookLink.Status.UNMATCHED, url);
  }

  /** The alert page URL {@code pathPart} leads to the runbook named after the alert, if it is one. */
  private Optional<RunbookLink> alertPage(String url, String pathPart, String fragment, String alertName) {
    for (String prefix : alertPages) {
      if (pathPart.length() > prefix.length() && fold(pathPart).startsWith(fold(prefix))) {
        String rest = pathPart.substring(prefix.length());
        rest = rest.endsWith(".html") ? rest.substring(0, rest.length() - 5)
            : rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        String name = ALERTNAME.matcher(rest).matches() ? alertName : LinkResolver.decode(rest);
        if (name == null || name.contains("{{") || name.contains("/")) {
          return Optional.of(RunbookLink.of(RunbookLink.Status.UNRESOLVABLE, url));
        }
        Runbook doc = byName.get(name.toLowerCase(Locale.ROOT));
        if (doc != null) {
          return Optional.of(found(url, doc, fragment));
        }
        HeadingHit heading = headingWords().get(name.toLowerCase(Locale.ROOT));
        if (heading != null) {
          return Optional.of(found(url, heading.doc(), fragment.isEmpty() ? heading.anchor() : fragment));
        }
        return Optional.of(new RunbookLink(RunbookLink.Status.BROKEN_PATH, url, Optional.empty(), name + ".md", fragment));
      }
    }
    return Optional.empty();
  }

  /** A heading of a document: where an alert written as a heading in a file of many alerts is. */
  private record HeadingHit(Runbook doc, String anchor) {}

  /** A URL's scheme and its colon, at the start (compiled once: 10,000 alerts asked it each). */
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

  private Map<String, HeadingHit> headingWords() {
    Map<String, HeadingHit> words = byHeadingWord;
    if (words == null) {
      synchronized (this) {
        words = byHeadingWord;
        if (words == null) {
          words = new HashMap<>();
          for (Runbook doc : set.documents()) {
            for (var h : doc.headings()) {
              if (h.level() >= 2 && h.anchor() != null && !h.anchor().isEmpty()) {
                for (String w : NOT_WORD.split(h.text())) {
                  if (!w.isEmpty()) {
                    words.putIfAbsent(w.toLowerCase(Locale.ROOT), new HeadingHit(doc, h.anchor()));
                  }
                }
              }
            }
          }
          byHeadingWord = words;
        }
      }
    }
    return words;
  }

  private Optional<RunbookLink> pattern(String url, String pathPart, String fragment, String prefix, String suffix) {
    if (!fold(pathPart).startsWith(fold(prefix))) {
      return Optional.empty();
    }
    String rest = pathPart.substring(prefix.length());
    List<String> cores = new ArrayList<>();
    if (fold(rest).endsWith(fold(suffix))) {
      cores.add(rest.substring(0, rest.length() - suffix.length()));
    }
    for (String tail : TAILS) {
      if (rest.endsWith(tail)) {
        String cut = rest.substring(0, rest.length() - tail.length());
        if (fold(cut).endsWith(fold(suffix))) {
          cores.add(cut.substring(0, cut.length() - suffix.length()));
        }
      }
    }
    if (cores.isEmpty()) {
      return Optional.empty();
    }
    for (String core : cores) {
      Runbook doc = byPathKey.get(fold(LinkResolver.decode(core)));
      if (doc != null) {
        return Optional.of(found(url, doc, fragment));
      }
    }
    String wanted = LinkResolver.decode(cores.get(cores.size() - 1));
    return Optional.of(new RunbookLink(RunbookLink.Status.BROKEN_PATH, url, Optional.empty(), wanted + ".md", fragment));
  }

  /** A path with no scheme: relative to the config's folder, like a Markdown link. */
  private RunbookLink file(String url, String pathPart, String fragment) {
    int q = pathPart.indexOf('?');
    String path = LinkResolver.decode(q < 0 ? pathPart : pathPart.substring(0, q));
    Path onDisk = (path.startsWith("/") ? set.root().resolve(path.substring(1)) : configFolder.resolve(path))
        .normalize();
    Path root = set.root().toAbsolutePath().normalize();
    if (onDisk.startsWith(root)) {
      String rel = LinkResolver.normalize(root.relativize(onDisk).toString().replace('\\', '/'));
      Optional<Runbook> doc = rel == null ? Optional.empty()
          : set.get(rel).or(() -> Files.isDirectory(onDisk) ? set.indexOf(rel) : Optional.empty());
      if (doc.isPresent()) {
        return found(url, doc.get(), fragment);
      }
      if (Files.isRegularFile(onDisk)) {
        return new RunbookLink(RunbookLink.Status.RESOLVED, url, Optional.empty(), rel, fragment);
      }
      return new RunbookLink(RunbookLink.Status.BROKEN_PATH, url, Optional.empty(), rel == null ? path : rel, fragment);
    }
    RunbookLink.Status s = Files.exists(onDisk) ? RunbookLink.Status.RESOLVED : RunbookLink.Status.BROKEN_PATH;
    return new RunbookLink(s, url, Optional.empty(), path, fragment);
  }

  private static RunbookLink found(String url, Runbook doc, String fragment) {
    boolean ok = fragment.isEmpty() || fragment.contains("{{") || doc.hasAnchor(fragment);
    return new RunbookLink(ok ? RunbookLink.Status.RESOLVED : RunbookLink.Status.BROKEN_FRAGMENT, url,
        Optional.of(doc), "", fragment);
  }

  /** Where the path ends: at the first {@code ?} or {@code #} outside a {@code {{ }}} template. */
  private static int pathEnd(String url) {
    int depth = 0;
    for (int i = 0; i < url.length(); i++) {
      if (url.startsWith("{{", i)) {
        depth++;
        i++;
      } else if (url.startsWith("}}", i) && depth > 0) {
        depth--;
        i++;
      } else if (depth == 0 && (url.charAt(i) == '?' || url.charAt(i) == '#')) {
        return i;
      }
    }
    return url.length();
  }

  private static String fragment(String url, int pathEnd) {
    int hash = url.indexOf('#', pathEnd);
    return hash < 0 ? "" : LinkResolver.decode(url.substring(hash + 1));
  }

  private static boolean hasScheme(String url) {
    return url.startsWith("//") || SCHEME.matcher(url).lookingAt();
  }
}
