package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import dev.runbook.core.rules.external.LinkStatus;

/** RB305: with {@code --external}, an http(s) link answers 4xx/5xx or fails after retries. */
public final class ExternalLinkRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB305", "external-link", Severity.ERROR,
      "With --external, an http(s) link answers 4xx/5xx or fails after retries.",
      "Vendor documentation and dashboards move. Checked on a schedule (not on every commit), dead "
          + "external links are found before someone needs them.",
      "[Vendor status](https://status.example.com/gone)",
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
    if (ctx.external().isEmpty()) {
      return;
    }
    for (Link link : ctx.runbook().links()) {
      if (ctx.index().resolve(ctx.runbook(), link).kind() != LinkTarget.Kind.EXTERNAL) {
        continue;
      }
      LinkStatus status = ctx.external().get(withoutFragment(link.destination()));
      if (status != null && !status.ok()) {
        ctx.report(link.position(), "'" + link.destination() + "' " + status.problem()
            + ": update or remove the link");
      }
    }
  }

  /** The key the checker uses for a URL. */
  public static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return (hash < 0 ? url : url.substring(0, hash)).strip();
  }
}
