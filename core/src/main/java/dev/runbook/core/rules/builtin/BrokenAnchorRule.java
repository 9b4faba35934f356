package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** RB302: a {@code #fragment} matches no anchor in its target. */
public final class BrokenAnchorRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB302", "broken-anchor", Severity.ERROR,
      "A #fragment matches no anchor in its target.",
      "A link to 'failover.md#promote-the-replica' that lands at the top of a long page makes the "
          + "reader hunt for the step. Anchors break silently when headings are renamed. Headings "
          + "are anchored as the generator named by links.slugs does it (GitHub's by default), "
          + "explicit {#id}s and HTML ids always count, and case matters.",
      "See [the rollback](graceful-shutdown.md#roll-back).",
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
      if (t.kind() != LinkTarget.Kind.INTERNAL || !t.hasFragment() || t.document().isEmpty()) {
        continue;
      }
      Runbook target = t.document().get();
      if (target.hasAnchor(t.fragment())) {
        continue;
      }
      String where = target == r ? "this file" : t.path();
      ctx.report(link.position(), "'#" + t.fragment() + "' matches no heading in " + where + hint(target, t.fragment()));
    }
  }

  /**
   * ": anchors are case-sensitive; did you mean '#…'?" where an anchor of {@code target} differs
   * only by case, else ": did you mean '#…'?" with the closest anchor, else how to fix it.
   */
  static String hint(Runbook target, String fragment) {
    List<String> anchors = new ArrayList<>();
    target.headings().stream().map(Heading::anchor).forEach(anchors::add);
    anchors.addAll(new java.util.TreeSet<>(target.htmlIds()));
    for (String a : anchors) {
      if (a.equalsIgnoreCase(fragment)) {
        return ": anchors are case-sensitive; did you mean '#" + a + "'?";
      }
    }
    return Suggestions.closest(fragment, anchors)
        .map(s -> ": did you mean '#" + s + "'?").orElse(": link to an existing heading");
  }
}
