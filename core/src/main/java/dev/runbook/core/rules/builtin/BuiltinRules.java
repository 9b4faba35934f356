package dev.runbook.core.rules.builtin;

import dev.runbook.core.rules.Rule;
import java.util.List;

/** Every built-in rule, in ID order: the one place rules are listed. */
public final class BuiltinRules {
  private BuiltinRules() {}

  public static List<Rule> all() {
    return List.of(
        new MissingSectionRule(),
        new SectionOrderRule(),
        new DuplicateSectionRule(),
        new EmptySectionRule(),
        new TitleRule(),
        new StepsNotOrderedRule(),
        new UnclosedFenceRule(),
        new RiskMissingRule(),
        new RiskInvalidRule(),
        new RiskConflictRule(),
        new RiskUnderstatedRule(),
        new RollbackRequiredRule(),
        new BrokenLinkRule(),
        new BrokenAnchorRule(),
        new LinkOutsideRootRule(),
        new OrphanRule(),
        new ExternalLinkRule(),
        new UnsafeLinkRule(),
        new ReviewDateMissingRule(),
        new ReviewOverdueRule(),
        new ReviewDueSoonRule(),
        new ReviewDateInvalidRule(),
        new OwnerMissingRule(),
        new EncodingRule(),
        new PlaceholderRule(),
        new SecretRule(),
        new FrontMatterRule(),
        new UnknownSuppressionRule(),
        new AlertRunbookMissingRule(),
        new AlertRunbookBrokenRule(),
        new RunbookWithoutAlertRule(),
        new AlertRulesUnreadableRule());
  }
}
