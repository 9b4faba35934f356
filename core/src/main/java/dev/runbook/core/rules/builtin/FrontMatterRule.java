package dev.runbook.core.rules.builtin;

import dev.runbook.core.config.FrontMatterFields;
import dev.runbook.core.model.AliasPath;
import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.FrontMatterValue;
import dev.runbook.core.model.LinkTarget;
import dev.runbook.core.model.ReviewInterval;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.rules.Rule;
import dev.runbook.core.rules.RuleContext;
import java.util.List;
import java.util.Set;

/**
 * RB504: broken YAML (error), unknown keys or wrong types (warning), an alias that is not a path
 * inside the root or is written oddly (warning), a {@code moved_to} target that does not exist or
 * an alias claimed twice (error).
 */
public final class FrontMatterRule implements Rule {
  static final RuleInfo INFO = new RuleInfo("RB504", "front-matter", Severity.WARNING,
      "Broken YAML (an error), or unknown keys and wrong types (warnings) in the front matter.",
      "Front matter feeds the risk badge, the review dashboard and runbooks.json. Broken YAML "
          + "silently drops all of it; a misspelt key ('ower:') drops one field.",
      "---\nrisk: high\nower: sre-team\ntags: database\n---",
      RuleInfo.Scope.ALL_DOCUMENTS);

  static final Set<String> KNOWN = FrontMatter.KNOWN_KEYS;
  static final Set<String> AUTOMATION = Set.of("fully-automated", "semi-automated", "manual-with-tools", "manual");
  private static final Set<String> STRINGS = Set.of("title", "risk", "owner", "last_reviewed",
      "reviewed_by", "review_interval", "category", "automation", "moved_to");

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
    FrontMatter fm = ctx.runbook().frontMatter();
    if (fm.error().isPresent()) {
      ctx.report(fm.error().get().position(), fm.error().get().message(), Severity.ERROR, false);
      return;
    }
    for (FrontMatterValue v : fm.values().values()) {
      checkValue(ctx, v);
    }
    fm.get("moved_to").filter(v -> v.asString() != null).ifPresent(v -> checkMovedTo(ctx, v));
    fm.get("aliases").filter(v -> v.asStringList() != null).ifPresent(v -> checkAliases(ctx, v));
  }

  private static void checkValue(RuleContext ctx, FrontMatterValue v) {
    String written = v.key();
    FrontMatterFields fields = ctx.config().frontMatter();
    // A key the front_matter block maps is checked as the field it stands for (owner_slack as owner).
    String key = fields.fieldOf(written).orElse(written);
    if (!KNOWN.contains(key) && !ctx.config().frontMatterKeys().contains(key) && !selectsKind(ctx, key)) {
      ctx.report(v.position(), "unknown front matter key '" + key + "'"
          + Suggestions.closest(key, KNOWN).map(s -> ": did you mean '" + s + "'?").orElse(" (kept, but nothing reads it)"));
      return;
    }
    if (v.value() == null) {
      return;
    }
    if (STRINGS.contains(key) && v.asString() == null) {
      ctx.report(v.position(), "'" + written + "' must be a single value, not a list or mapping");
    } else if ((key.equals("tags") || key.equals("aliases")) && v.asStringList() == null) {
      ctx.report(v.position(), "'" + key + "' must be a list, e.g. " + key + ": [a, b]");
    } else if (key.equals("automation") && !AUTOMATION.contains(v.asString().strip())) {
      ctx.report(v.position(), "automation '" + v.asString() + "' is not one of " + String.join(", ", AUTOMATION.stream().sorted().toList()));
    } else if (key.equals("review_interval") && ReviewInterval.parse(v.asString()).isEmpty()) {
      ctx.report(v.position(), written + " '" + v.asString() + "' is not an interval: use " + ReviewInterval.FORMS);
    }
  }

  /** A key a kind is chosen by ({@code type} in {@code front_matter: {type: alert}}) is one the set uses. */
  private static boolean selectsKind(RuleContext ctx, String key) {
    return ctx.config().kinds().stream().anyMatch(k -> k.frontMatter().containsKey(key));
  }

  private static void checkMovedTo(RuleContext ctx, FrontMatterValue v) {
    LinkTarget t = ctx.index().resolve(ctx.runbook(), v.asString());
    if (t.kind() != LinkTarget.Kind.INTERNAL || t.document().isEmpty()) {
      ctx.report(v.position(), "moved_to '" + v.asString() + "' is not a runbook in this set: point it at the replacement",
          Severity.ERROR, false);
    }
  }

  private static void checkAliases(RuleContext ctx, FrontMatterValue v) {
    Runbook self = ctx.runbook();
    for (String written : v.asStringList()) {
      AliasPath alias = AliasPath.of(written);
      if (!alias.usable()) {
        ctx.report(v.position(), "alias '" + written + "' " + alias.problem()
            + ", so the site makes no redirect for it: write the old path from the runbook folder, like old/name.md");
        continue;
      }
      if (alias.normalised()) {
        ctx.report(v.position(), "alias '" + written + "' is read as '" + alias.path() + "': write it that way");
      }
      if (ctx.index().set().get(alias.path()).isPresent()) {
        ctx.report(v.position(), "alias '" + written + "' is an existing file: the redirect would replace its page",
            Severity.ERROR, false);
        continue;
      }
      for (Runbook other : ctx.index().set().documents()) {
        if (other != self && aliases(other).contains(alias.path())) {
          ctx.report(v.position(), "alias '" + written + "' is also claimed by " + other.path()
              + ": keep it in one runbook", Severity.ERROR, false);
        }
      }
    }
  }

  /** The usable aliases of {@code r}, normalised. */
  private static List<String> aliases(Runbook r) {
    return r.frontMatter().strings("aliases").stream().map(AliasPath::of).filter(AliasPath::usable)
        .map(AliasPath::path).toList();
  }
}
