package dev.runbook.core.site.view;

import java.util.List;

/**
 * One runbook's page.
 *
 * @param title the title
 * @param titleId the id of the title heading (what {@code #anchor} links to it use), or null
 * @param risk the risk, or null
 * @param owner the owner, or null
 * @param review the review state
 * @param category the category
 * @param categoryHref the category page
 * @param automation the automation level in words, or null
 * @param tags the tags
 * @param toc level 2 and 3 headings
 * @param body the body as cleaned HTML
 * @param backlinks the pages that link here
 * @param editUrl where to edit the source, or null
 * @param sourcePath the Markdown file, relative to the runbook root
 * @param findings lint findings for the file, if a check ran
 * @param alerts the alerting rules whose runbook URL leads here
 */
public record RunbookPageView(
    String title,
    String titleId,
    RiskView risk,
    String owner,
    ReviewView review,
    String category,
    String categoryHref,
    String automation,
    List<String> tags,
    List<TocEntry> toc,
    String body,
    List<LinkView> backlinks,
    String editUrl,
    String sourcePath,
    List<FindingView> findings,
    List<AlertView> alerts) {}
