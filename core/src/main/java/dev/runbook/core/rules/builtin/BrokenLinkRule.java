package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkKind;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.PageUrls;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.Optional;

/** RB301: a relative link or image target does not exist. */
public final class BrokenLinkRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB301", "broken-link", Severity.ERROR,
      "A relative link or image target does not exist.",
      "Runbooks send you to other runbooks at the worst moment: 'if the database is down, follow "
          + "database-recovery.md'. A dead link there costs minutes of an outage.",
      "See [emergency shutdown](emergency-shutdwon.md).",
      RuleInfo.Scope.ALL_DOCUMENTS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public boolean readsSet() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    Runbook r = ctx.runbook();
    for (Link link : r.links()) {
      LinkTarget t = ctx.index().resolve(r, link);
      boolean checked = t.kind() == LinkTarget.Kind.INTERNAL || t.kind() == LinkTarget.Kind.OUTSIDE_ROOT;
      if (!checked || t.exists()) {
        continue;
      }
      String what = link.kind() == LinkKind.IMAGE ? "image" : "link target";
      String target = link.destination().contains("#")
          ? link.destination().substring(0, link.destination().indexOf('#')) : link.destination();
      String hint = t.viaSiteUrl() ? siteHint(ctx, r, t, target)
          : t.kind() == LinkTarget.Kind.INTERNAL && t.path().endsWith(".md")
          ? Suggestions.closest(t.path(), sameFolder(ctx, t.path()))
              .map(s -> ": did you mean '" + relative(r, s) + "'?").orElse(": fix the path or remove the link")
          : ": fix the path or remove the link";
      ctx.report(link.position(), what + " '" + target + "' does not exist" + hint);
    }
  }

  /**
   * For a link in the form of the set's own site that names no page: the closest page's URL,
   * written as the link was (absolute or relative), with its file.
   */
  private static String siteHint(RuleContext ctx, Runbook from, LinkTarget t, String written) {
    Optional<PageUrls> pages = ctx.index().pageUrls();
    String base = ctx.index().urls().basePath();
    Optional<String> closest = pages.flatMap(p -> Suggestions.closest(t.path(), p.all()));
    if (closest.isEmpty()) {
      return ": no page of the set has this URL in its site's style (site.url_style "
          + ctx.index().urls().style().name() + "); fix the path or remove the link";
    }
    PageUrls p = pages.get();
    String url = closest.get();
    String shown = written.startsWith("/") ? base + url : PageUrls.relative(p.urlOf(from), url);
    return ": no page of the set has this URL; did you mean '" + shown + "' ("
        + p.find(url).map(Runbook::path).orElse(url) + ")?";
  }

  /** Candidates for "did you mean": the documents in the target's folder. */
  private static java.util.List<String> sameFolder(RuleContext ctx, String target) {
    int slash = target.lastIndexOf('/');
    String folder = slash < 0 ? "" : target.substring(0, slash);
    return ctx.index().pathsIn(folder);
  }

  /** A root-relative path as a link from {@code from}'s folder. */
  static String relative(Runbook from, String target) {
    String folder = from.folder();
    if (folder.isEmpty()) {
      return target;
    }
    String[] base = folder.split("/");
    String[] parts = target.split("/");
    int common = 0;
    while (common < base.length && common < parts.length - 1 && base[common].equals(parts[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < base.length; i++) {
      out.append("../");
    }
    for (int i = common; i < parts.length; i++) {
      out.append(parts[i]).append(i < parts.length - 1 ? "/" : "");
    }
    return out.toString();
  }
}
