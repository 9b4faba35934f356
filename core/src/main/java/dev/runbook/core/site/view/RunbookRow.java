package dev.runbook.core.site.view;

/**
 * A runbook in a listing.
 *
 * @param title its title
 * @param href its page, relative to the listing page
 * @param risk its risk, or null
 * @param owner its owner, or null
 * @param category its category
 * @param categoryHref the category's page, relative to the listing page
 * @param review its review state
 * @param automation its automation level in words, or null
 */
public record RunbookRow(
    String title,
    String href,
    RiskView risk,
    String owner,
    String category,
    String categoryHref,
    ReviewView review,
    String automation) {}
