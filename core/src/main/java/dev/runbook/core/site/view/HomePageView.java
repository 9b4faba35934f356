package dev.runbook.core.site.view;

import java.util.List;

/**
 * The home page: the root index page's own content, then every runbook by category.
 *
 * @param title the page heading
 * @param titleId the id of the index page's title heading, or null
 * @param body the index page's body as cleaned HTML, or null when there is none
 * @param runbooks how many runbooks the site has
 * @param overdue how many are overdue for review
 * @param dueSoon how many are due soon
 * @param categories the categories in name order
 */
public record HomePageView(
    String title,
    String titleId,
    String body,
    int runbooks,
    int overdue,
    int dueSoon,
    List<RunbookGroup> categories) {}
