package dev.runbook.core.rules;

/**
 * A rule about alerts and their runbooks (RB601–RB604): it reads the rules files and the set
 * together, once per check, through {@link AlertChecks}, and reads no single document.
 */
public interface AlertsRule extends Rule {
  void checkAlerts(AlertsContext ctx);

  /** Nothing to check in one document. */
  @Override
  default void check(RuleContext ctx) {}
}
