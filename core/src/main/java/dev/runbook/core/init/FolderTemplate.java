package dev.runbook.core.init;

/**
 * A template that holds for the runbooks of one folder of the set but not for the rest: a
 * {@code kinds} entry matched by {@code <folder>/**}.
 *
 * @param folder the folder below the root, without a trailing slash
 * @param template its sections
 */
public record FolderTemplate(String folder, SectionTemplate template) {}
