package dev.runbook.core.rules.builtin;

import dev.runbook.core.model.Link;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;

/** RB306: a link uses {@code javascript:}, {@code data:} or {@code vbscript:}. */
public final class UnsafeLinkRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB306", "unsafe-link", Severity.ERROR,
      "A link uses javascript:, data: or vbscript:.",
      "Script URLs run code in the reader's browser on the published site. The site drops them; "
          + "the linter makes sure nobody relies on one.",
      "[Reset](javascript:alert(1))",
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
      if (ctx.index().resolve(ctx.runbook(), link).kind() == LinkTarget.Kind.UNSAFE) {
        String scheme = link.destination().strip();
        scheme = scheme.substring(0, Math.max(0, scheme.indexOf(':') + 1));
        ctx.report(link.position(), "'" + scheme + "' links run code in the reader's browser: link to a page or file instead");
      }
    }
  }
}
