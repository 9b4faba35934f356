package dev.runbook.core.site.view;

/** A table-of-contents line: a heading's id and text; {@code nested} for level 3. */
public record TocEntry(String anchor, String text, boolean nested) {}
