package dev.runbook.core.site.view;

import java.util.List;

/**
 * A page that is not a runbook: a folder's index page or a reference document.
 *
 * @param title the title
 * @param titleId the id of the title heading, or null
 * @param toc level 2 and 3 headings
 * @param body the body as cleaned HTML
 * @param backlinks the pages that link here
 * @param editUrl where to edit the source, or null
 * @param sourcePath the Markdown file, relative to the runbook root
 */
public record DocumentPageView(
    String title,
    String titleId,
    List<TocEntry> toc,
    String body,
    List<LinkView> backlinks,
    String editUrl,
    String sourcePath) {}
