package dev.runbook.core.site.render;

import dev.runbook.core.site.data.SearchWords;

/**
 * A document body as safe HTML.
 *
 * @param html the body without its title heading
 * @param titleId the id the title heading had (for the page header), or null
 * @param words the body's search words; the page adds its title and tags
 */
public record RenderedBody(String html, String titleId, SearchWords words) {}
