package dev.runbook.core.site;

import dev.runbook.core.site.render.PagePaths;
import dev.runbook.core.alerts.AlertEntry;
import dev.runbook.core.alerts.RunbookLink;
import dev.runbook.core.alerts.RunbookUrls;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.site.render.Hrefs;
import dev.runbook.core.site.view.AlertPageView;
import dev.runbook.core.site.view.LinkView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stable page per alert name, {@code -/alerts/<AlertName>.html} in the site's own folder
 * ({@link PagePaths#OWN}), so that every rule can link one URL pattern ({@code
 * …/-/alerts/{{ $labels.alertname }}.html}) that survives a runbook's move:
 * a redirect to the runbook when the rules of that name link to one, a list when they link to
 * several, and a page that says so (with each rule's file) when they link to none that works.
 *
 * <p>Alert names come from rules files: a name that is not a plain file name (letters, digits,
 * {@code _}, {@code .} and {@code -}, not starting with a dot, at most 200 characters, not a
 * device name Windows refuses) gets no page. Nor does one that differs from another alert's only
 * by case (the site must work where file names ignore case), or, in a set that has a folder
 * named {@code -} of its own, whose page one of its documents or aliases has. Each such name
 * comes with a note that names its rules file and line.
 */
final class AlertPages {
  /** The folder of the alert pages. */
  static final String FOLDER = RunbookUrls.ALERT_PAGES;

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}");
  private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

  private AlertPages() {}

  /** The page of an alert name, or empty when the name is no safe file name. */
  static Optional<String> page(String name) {
    return SAFE.matcher(name).matches() && !DEVICE.matcher(name).matches() && !name.endsWith(".")
        ? Optional.of(FOLDER + name + ".html") : Optional.empty();
  }

  /**
   * Writes the alert pages around {@code taken} (every other path of the site); returns the notes
   * about names that got none.
   */
  static List<String> write(SiteContext site, Set<String> taken) throws IOException {
    Map<String, String> takenFolded = new HashMap<>();
    taken.forEach(p -> takenFolded.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
    List<String> notes = new ArrayList<>();
    List<Map.Entry<String, Map.Entry<String, List<AlertEntry>>>> planned = new ArrayList<>();
    for (Map.Entry<String, List<AlertEntry>> named : site.alerts().byName().entrySet()) {
      String name = named.getKey();
      AlertEntry first = named.getValue().get(0);
      String where = AlertViews.source(first) + ": alert '" + name + "'";
      Optional<String> page = page(name);
      if (page.isEmpty()) {
        notes.add(where + " gets no page under " + FOLDER + ": its name is not a plain file name"
            + " (letters, digits, _ . -); skipped");
        continue;
      }
      String owner = takenFolded.putIfAbsent(page.get().toLowerCase(Locale.ROOT), page.get());
      if (owner != null) {
        notes.add(where + " gets no page: " + page.get() + (owner.equals(page.get())
            ? " is a page of the site already"
            : " would share its name with " + owner + " where file names ignore case") + "; skipped");
        continue;
      }
      planned.add(Map.entry(page.get(), named));
    }
    // One thread: every alert page goes into one folder, and creating a file holds its folder's
    // lock, so a second thread here only spins on that lock (10,000 alerts: 1.4 s of CPU spent
    // waiting, the build 1 s longer). The site's other jobs run beside this one instead.
    for (Map.Entry<String, Map.Entry<String, List<AlertEntry>>> p : planned) {
      write(site, p.getKey(), p.getValue().getKey(), p.getValue().getValue());
    }
    return notes;
  }

  private static void write(SiteContext site, String page, String name, List<AlertEntry> entries) throws IOException {
    Map<String, Runbook> runbooks = new LinkedHashMap<>();
    for (AlertEntry e : entries) {
      current(site, e).ifPresent(r -> runbooks.putIfAbsent(r.path(), r));
    }
    if (runbooks.size() == 1) {
      Runbook r = runbooks.values().iterator().next();
      DocumentPages.redirect(site, page, "Alert " + name + " \u2192 " + r.title(),
          "The runbook of alert " + name + " is", r.title(), site.paths().page(r), fragment(entries));
      return;
    }
    List<LinkView> links = new ArrayList<>();
    for (Runbook r : runbooks.values()) {
      links.add(new LinkView(r.title(), Hrefs.relative(page, site.paths().page(r))));
    }
    List<AlertPageView.Rule> rules = new ArrayList<>();
    for (AlertEntry e : entries) {
      rules.add(new AlertPageView.Rule(AlertViews.source(e), e.alert().severity().orElse(null), link(site, e)));
    }
    String title = "Alert " + name + (links.isEmpty() ? ": no runbook" : ": " + links.size() + " runbooks");
    site.sink().page(page, site.theme().render("alert", site.layout(page, title, ""),
        new AlertPageView(name, links, rules)));
  }

  /**
   * The anchor every link of these alerts (all to one runbook) opens at, when they agree on one
   * that the runbook has; else "" (the top of the page).
   */
  private static String fragment(List<AlertEntry> entries) {
    String fragment = null;
    for (AlertEntry e : entries) {
      RunbookLink l = e.link().orElse(null);
      if (l == null || l.runbook().isEmpty()) {
        continue;
      }
      String f = l.status() == RunbookLink.Status.RESOLVED && !l.fragment().contains("{{") ? l.fragment() : "";
      if (fragment != null && !fragment.equals(f)) {
        return "";
      }
      fragment = f;
    }
    return fragment == null ? "" : fragment;
  }

  /** The runbook of the site an alert's link leads to, if it still is one. */
  static Optional<Runbook> current(SiteContext site, AlertEntry e) {
    return SiteAlerts.runbook(e).flatMap(r -> site.set().get(r.path()));
  }

  /** What became of an alert's runbook link, in words. */
  static String link(SiteContext site, AlertEntry e) {
    if (e.link().isEmpty()) {
      return "no runbook annotation";
    }
    RunbookLink l = e.link().get();
    Optional<Runbook> runbook = current(site, e);
    if (runbook.isPresent()) {
      return "links to " + runbook.get().path()
          + (l.status() == RunbookLink.Status.BROKEN_FRAGMENT ? ", but not to its #" + l.fragment() : "");
    }
    return switch (l.status()) {
      case BROKEN_PATH -> "its runbook URL " + l.url() + " names no runbook (" + l.wanted() + " does not exist)";
      case UNRESOLVABLE -> "its runbook URL " + l.url() + " holds a template and cannot be followed offline";
      case UNMATCHED -> "its runbook URL " + l.url() + " leads outside this site";
      default -> "its runbook URL " + l.url() + " names no runbook of this site";
    };
  }
}
