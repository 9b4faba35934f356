package dev.runbook.core.site.view;

/**
 * A rule for the Rules pages.
 *
 * @param href the rule's page, relative to the current page
 * @param findings how many findings it had in this build, or -1 when no check ran
 */
public record RuleView(
    String id,
    String name,
    String severity,
    String summary,
    String rationale,
    String example,
    String scope,
    String href,
    int findings) {

  public boolean checked() {
    return findings >= 0;
  }
}
