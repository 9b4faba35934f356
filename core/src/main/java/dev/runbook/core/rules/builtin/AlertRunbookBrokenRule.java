package dev.runbook.core.rules.builtin;

import dev.runbook.core.alerts.AlertEntry;
import dev.runbook.core.alerts.Located;
import dev.runbook.core.alerts.RunbookLink;
import dev.runbook.core.alerts.RunbookUrls;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.AlertsContext;
import dev.runbook.core.rules.AlertsRule;
import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.rules.external.LinkStatus;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * RB602: a runbook URL matches a pattern but names no runbook, or its fragment no anchor; the
 * message names the closest runbook path. A URL with a template in its path cannot be followed
 * offline: an info finding. With {@code --external}, an http(s) URL that matches no pattern is
 * checked over the network (SPEC §7.2 leaves those to {@code --external}) and a dead one is
 * reported here too, at the annotation's line: it is still an alert whose runbook link is dead,
 * and RB602's severity and suppressions are the ones a team sets for alert links (RB305 is about
 * links in documents).
 */
public final class AlertRunbookBrokenRule implements AlertsRule {
  static final RuleInfo INFO = new RuleInfo("RB602", "alert-runbook-broken", Severity.ERROR,
      "A runbook URL matches a pattern but names no runbook (or its fragment no anchor).",
      "A dead runbook link is found by the engineer who clicks it during an incident. Alerts are "
          + "renamed and runbooks moved in separate pull requests: this catches the break in the second.",
      "annotations:\n  runbook_url: https://runbooks.example.org/kubernetes/kubepodcrashloping",
      RuleInfo.Scope.RUNBOOKS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void checkAlerts(AlertsContext ctx) {
    RunbookUrls urls = ctx.alerts().urls();
    // Hundreds of broken URLs in a few folders: each folder's candidates are indexed once.
    Map<String, Map<String, String>> candidatesByScope = new java.util.HashMap<>();
    Map<String, Suggestions.Index> indexes = new java.util.HashMap<>();
    for (AlertEntry e : ctx.alerts().entries()) {
      if (e.link().isEmpty()) {
        continue;
      }
      RunbookLink link = e.link().get();
      Located at = e.annotation().get();
      String alert = "alert '" + e.alert().name() + "': ";
      switch (link.status()) {
        case BROKEN_PATH -> {
          String scope = urls.suggestionScope(link.wanted());
          Map<String, String> candidates = candidatesByScope.computeIfAbsent(scope, urls::suggestionsIn);
          Suggestions.Index index = indexes.computeIfAbsent(scope, k -> new Suggestions.Index(candidates.keySet()));
          String hint = index.closest(urls.fold(link.wanted()))
              .map(k -> "; the closest runbook is " + candidates.get(k))
              .orElse("; no runbook path is close: fix the URL or add the runbook");
          ctx.report(e.file(), at.at(), alert + "'" + link.url() + "' names no runbook (no "
              + link.wanted() + ")" + hint);
        }
        case BROKEN_FRAGMENT -> {
          Runbook doc = link.runbook().get();
          ctx.report(e.file(), at.at(), alert + "'#" + link.fragment() + "' matches no heading in "
              + doc.path() + BrokenAnchorRule.hint(doc, link.fragment()));
        }
        case UNRESOLVABLE -> ctx.report(e.file(), at.at(), alert + "'" + link.url()
            + "' has a template in its path, so it cannot be resolved offline: put the label in the query "
            + "(?namespace={{ $labels.namespace }}) or link one runbook per alert", Severity.INFO);
        case UNMATCHED -> {
          LinkStatus status = ctx.external().get(ExternalLinkRule.withoutFragment(link.url()));
          if (status != null && !status.ok()) {
            ctx.report(e.file(), at.at(), alert + "'" + link.url() + "' " + status.problem()
                + " (it matches no runbook_urls pattern, so --external checked it over the network): fix the URL");
          }
        }
        default -> { }
      }
    }
  }

  /** The http(s) runbook URLs that match no pattern, without fragment: what {@code --external} checks. */
  public static Set<String> urlsLeftToExternal(AlertCatalog alerts) {
    Set<String> urls = new TreeSet<>();
    for (AlertEntry e : alerts.entries()) {
      e.link().filter(l -> l.status() == RunbookLink.Status.UNMATCHED).map(RunbookLink::url)
          .filter(AlertRunbookBrokenRule::isHttp).ifPresent(u -> urls.add(ExternalLinkRule.withoutFragment(u)));
    }
    return urls;
  }

  private static boolean isHttp(String url) {
    String u = url.strip().toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }
}
