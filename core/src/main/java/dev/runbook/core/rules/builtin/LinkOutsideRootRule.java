package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;

/** RB303: a link leaves the runbook root. */
public final class LinkOutsideRootRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB303", "link-outside-root", Severity.WARNING,
      "A link leaves the runbook root.",
      "The site publishes only the runbook folder. A link to '../../docs/x.md' works in the "
          + "repository and is dead on the published site, which is what people read in an outage.",
      "See the [architecture](../../docs/architecture.md).",
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
    for (Link link : ctx.runbook().links()) {
      LinkTarget t = ctx.index().resolve(ctx.runbook(), link);
      if (t.kind() != LinkTarget.Kind.OUTSIDE_ROOT) {
        continue;
      }
      if (t.viaSiteUrl()) {
        ctx.report(link.position(), "'" + link.destination() + "' is a path of the web site outside this set's "
            + "pages (site.base_path " + ctx.index().urls().basePath() + ") and will not be published: "
            + "link to its full URL");
      } else {
        ctx.report(link.position(), "'" + link.destination()
            + "' leaves the runbook root and will not be published: move the target into the root or link to its URL");
      }
    }
  }
}
