package dev.runbook.core.site.view;

import java.util.List;

/**
 * A titled table of runbooks: a category, or a review state.
 *
 * @param name the group's name
 * @param href the group's own page, or null
 * @param count how many runbooks it holds
 * @param runbooks the rows
 * @param showCategory whether the table has a category column
 */
public record RunbookGroup(String name, String href, int count, List<RunbookRow> runbooks, boolean showCategory) {}
