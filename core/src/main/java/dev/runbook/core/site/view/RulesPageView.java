package dev.runbook.core.site.view;

import java.util.List;

/** The Rules index; {@code checked} when a check ran and finding counts are known. */
public record RulesPageView(List<RuleView> rules, boolean checked) {}
