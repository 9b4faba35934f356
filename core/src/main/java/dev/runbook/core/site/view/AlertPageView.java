package dev.runbook.core.site.view;

import java.util.List;

/**
 * The page of an alert name that leads to several runbooks, or to none that works.
 *
 * @param name the alert's name
 * @param runbooks the runbooks its rules link to (several), or none
 * @param rules each alerting rule of that name: where it is written and what became of its link
 */
public record AlertPageView(String name, List<LinkView> runbooks, List<Rule> rules) {

  /**
   * One alerting rule of the name.
   *
   * @param source the rules file as reports show it, with the line of {@code alert:}
   * @param severity its {@code severity} label, or null
   * @param link what became of its runbook link, in words
   */
  public record Rule(String source, String severity, String link) {}
}
