package dev.runbook.core.site.output;

import dev.runbook.core.model.LinkResolver;
import dev.runbook.core.site.SiteException;
import dev.runbook.core.site.render.Hrefs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the written site itself: every page is parsed by jsoup as it is written; at the end
 * every internal {@code href} and {@code src} must name a written file and every {@code
 * #fragment} an id on that page, and no URL may use {@code javascript:}, {@code data:} or {@code
 * vbscript:}. A failure is a bug in the generator or a theme override, never the user's content.
 * Thread-safe.
 */
public final class SiteVerifier {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
  private static final Pattern CONTROL = Pattern.compile("[\\s\\u0000-\\u001F]");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "xlink:href", "action", "formaction", "poster", "data", "background", "srcset");
  private static final int MAX_REPORTED = 20;

  /** Ids (and {@code a name}s) per page. */
  private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
  /** Each internal target (file, or file#fragment) and the first page that links to it. */
  private final Map<String, String> targets = new ConcurrentHashMap<>();
  private final Set<String> problems = new ConcurrentSkipListSet<>();
  /** Resolved targets by folder and href: the same navigation links appear on every page. */
  private final Map<String, String> resolved = new ConcurrentHashMap<>();
  private static final String CLIMBS_OUT = "\u0000";

  /** Parses a page and records its ids and links. */
  public void inspect(String page, String html) {
    Document doc = Jsoup.parse(html);
    Set<String> pageIds = new HashSet<>();
    for (Element e : doc.getAllElements()) {
      if (e.attributesSize() == 0) {
        continue;
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.equals("id") || (key.equals("name") && e.normalName().equals("a"))) {
          pageIds.add(a.getValue());
        } else if (URL_ATTRIBUTES.contains(key)) {
          url(page, key, a.getValue());
        } else if (key.startsWith("on")) {
          problems.add(page + ": event handler attribute '" + a.getKey() + "' on <" + e.normalName() + ">");
        } else if (key.equals("content") && e.normalName().equals("meta")
            && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
          int at = a.getValue().toLowerCase(Locale.ROOT).indexOf("url=");
          if (at >= 0) {
            url(page, "refresh", a.getValue().substring(at + 4));
          }
        }
      }
    }
    ids.put(page, pageIds);
  }

  private void url(String page, String attribute, String value) {
    String v = value.strip();
    String squeezed = CONTROL.matcher(v).replaceAll("").toLowerCase(Locale.ROOT);
    if (squeezed.startsWith("javascript:") || squeezed.startsWith("data:") || squeezed.startsWith("vbscript:")) {
      problems.add(page + ": unsafe URL in " + attribute + ": '" + abbreviate(v) + "'");
      return;
    }
    if (attribute.equals("srcset") || v.startsWith("//") || SCHEME.matcher(v).matches()) {
      return;
    }
    String target;
    if (v.startsWith("#")) {
      target = resolve(page, v);
    } else {
      String key = page.substring(0, page.lastIndexOf('/') + 1) + '\u0000' + v;
      target = resolved.computeIfAbsent(key, k -> {
        String t = resolve(page, v);
        return t == null ? CLIMBS_OUT : t;
      });
      target = target.equals(CLIMBS_OUT) ? null : target;
    }
    if (target == null) {
      problems.add(page + ": " + attribute + " '" + abbreviate(v) + "' leaves the site");
    } else {
      targets.putIfAbsent(target, page + ": " + attribute + " '" + abbreviate(v) + "'");
    }
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
      file = LinkResolver.normalize(joined);
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
   * Checks every recorded link against the files in {@code folder}.
   *
   * @throws SiteException {@link SiteException.Kind#INVALID_OUTPUT} listing the first problems
   */
  public void verify(Path folder) throws SiteException {
    Set<String> written = new HashSet<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile)
          .forEach(f -> written.add(folder.relativize(f).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new SiteException(SiteException.Kind.IO, "cannot read back the site in " + folder + ": " + e.getMessage(), e);
    }
    Set<String> found = new TreeSet<>(problems);
    for (Map.Entry<String, String> t : targets.entrySet()) {
      String target = t.getKey();
      int hash = target.indexOf('#');
      String file = hash < 0 ? target : target.substring(0, hash);
      if (!written.contains(file)) {
        found.add(t.getValue() + ": " + file + " was not written");
      } else if (hash >= 0 && file.endsWith(".html")) {
        Set<String> pageIds = ids.get(file);
        String fragment = target.substring(hash + 1);
        if (pageIds == null || !pageIds.contains(fragment)) {
          found.add(t.getValue() + ": " + file + " has no id '" + fragment + "'");
        }
      }
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

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
