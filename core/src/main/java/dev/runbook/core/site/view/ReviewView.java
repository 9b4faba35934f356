package dev.runbook.core.site.view;

/**
 * Where a runbook stands on review, as of the build; the browser recomputes {@code status} and
 * {@code message} from {@code due} and {@code warnDays} for the reader's date.
 *
 * @param lastReviewed {@code YYYY-MM-DD}, or null
 * @param reviewedBy who reviewed it, or null
 * @param interval the interval's name, such as {@code quarterly}
 * @param due the next review date, or null
 * @param status {@code current}, {@code due-soon}, {@code overdue} or {@code unknown}
 * @param label the status in words, such as {@code Overdue}
 * @param message a sentence for the banner, or null when the review is current
 * @param warnDays how many days before the due date the review counts as due soon
 */
public record ReviewView(
    String lastReviewed,
    String reviewedBy,
    String interval,
    String due,
    String status,
    String label,
    String message,
    int warnDays) {}
