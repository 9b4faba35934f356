package dev.runbook.core.check;

import dev.runbook.core.model.Review;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A check summed up for a report page (the Maven site's "Runbooks" report): the counts, the
 * findings by rule and by file, and every runbook's review status, overdue first. Plain data;
 * the page is drawn by whoever shows it. Immutable.
 *
 * @param report the report it sums up
 * @param rules one row per rule that found something, most findings first
 * @param byFile the findings of each file, files in path order, findings in line order
 * @param reviews every runbook's review status: overdue first, then by due date
 * @param siteUrl where the runbook site is published ({@code site.base_url}), if known
 */
public record CheckOverview(
    Report report, List<RuleRow> rules, Map<String, List<Diagnostic>> byFile, List<ReviewRow> reviews,
    Optional<String> siteUrl) {

  /** How often one rule fired. */
  public record RuleRow(String id, String name, Severity severity, int count) {}

  /**
   * One runbook's review status.
   *
   * @param status {@code overdue}, {@code due soon}, {@code current} or {@code no review date}
   */
  public record ReviewRow(String path, String title, String owner, Optional<LocalDate> lastReviewed,
      Optional<LocalDate> due, String status) {}

  public CheckOverview {
    rules = List.copyOf(rules);
    byFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byFile));
    reviews = List.copyOf(reviews);
  }

  /** The overview of a check's findings ({@link CheckResult#report()}) on {@code today}. */
  public static CheckOverview of(CheckResult result, LocalDate today) {
    Report report = result.report();
    Map<String, RuleRow> rules = new TreeMap<>();
    Map<String, List<Diagnostic>> byFile = new TreeMap<>();
    for (Diagnostic d : report.diagnostics()) {
      RuleRow r = rules.get(d.rule());
      Severity worst = r == null || d.severity().atLeast(r.severity()) ? d.severity() : r.severity();
      rules.put(d.rule(), new RuleRow(d.rule(), d.name(), worst, r == null ? 1 : r.count() + 1));
      byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d);
    }
    byFile.values().forEach(l -> l.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)));
    List<RuleRow> ruleRows = new ArrayList<>(rules.values());
    ruleRows.sort(Comparator.comparingInt(RuleRow::count).reversed().thenComparing(RuleRow::id));
    List<ReviewRow> reviews = new ArrayList<>();
    for (Runbook r : result.set().documents()) {
      if (!r.isRunbook()) {
        continue;
      }
      Review review = Review.of(r, result.config().reviewInterval());
      reviews.add(new ReviewRow(r.path(), r.title(), r.frontMatter().string("owner").orElse(""), review.lastReviewed(),
          review.due(), label(review.status(today, result.config().warnBeforeDays()))));
    }
    reviews.sort(Comparator.comparingInt((ReviewRow r) -> rank(r.status()))
        .thenComparing(r -> r.due().orElse(LocalDate.MAX)).thenComparing(ReviewRow::path));
    return new CheckOverview(report, ruleRows, byFile, reviews, result.config().site().baseUrl());
  }

  private static String label(Review.Status s) {
    return switch (s) {
      case OVERDUE -> "overdue";
      case DUE_SOON -> "due soon";
      case CURRENT -> "current";
      case UNKNOWN -> "no review date";
    };
  }

  private static int rank(String status) {
    return List.of("overdue", "no review date", "due soon", "current").indexOf(status);
  }
}
