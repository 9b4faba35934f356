package dev.runbook.core.site.view;

import java.util.List;

/**
 * The Review status page.
 *
 * @param chart inline SVG: reviews due per week over the next quarter, and the overdue count
 * @param overdue how many runbooks are overdue
 * @param dueSoon how many are due soon
 * @param groups overdue (longest overdue first), due soon, no review date, current (soonest due
 *     first)
 */
public record ReviewPageView(String chart, int overdue, int dueSoon, List<RunbookGroup> groups) {}
