package dev.runbook.core.site.view;

/**
 * One alerting rule as a runbook page shows it. Every value is text from a rules file, escaped
 * by the template.
 *
 * @param name the alert's name
 * @param severity its {@code severity} label, or null
 * @param severityClass how the severity badge looks: {@code critical}, {@code warning} or {@code other}
 * @param group its group's name, or null
 * @param forDuration its {@code for:}, or null
 * @param summary its {@code summary} annotation (else {@code description}), or null
 * @param expr its expression, or null
 * @param source the rules file as reports show it, with the line of {@code alert:}
 */
public record AlertView(
    String name,
    String severity,
    String severityClass,
    String group,
    String forDuration,
    String summary,
    String expr,
    String source) {}
