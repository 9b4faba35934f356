package dev.runbook.core.report;

import java.util.Objects;

/**
 * A rule's metadata, declared once, from which docs, SARIF rule descriptors and {@code runbook
 * rules} are generated.
 *
 * @param id stable ID such as {@code RB301}; never changed, never reused
 * @param name kebab-case name such as {@code broken-link}
 * @param severity default severity
 * @param summary one line: what fires it
 * @param rationale one paragraph: why it matters to an on-call engineer
 * @param example a short Markdown snippet that triggers the rule
 * @param scope which documents it reads
 */
public record RuleInfo(
    String id,
    String name,
    Severity severity,
    String summary,
    String rationale,
    String example,
    Scope scope) {

  /** Which documents a rule applies to. */
  public enum Scope {
    /** Runbooks only, not {@code moved_to} stubs: structure, risk and review rules. */
    RUNBOOKS,
    /** Every Markdown file: links, encoding, placeholders, secrets, front matter. */
    ALL_DOCUMENTS
  }

  public RuleInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(rationale);
    Objects.requireNonNull(example);
    Objects.requireNonNull(scope);
  }

  /** A link to the rule's page on the published site, relative to the site root. */
  public String docPath() {
    return "rules/" + id + ".html";
  }
}
