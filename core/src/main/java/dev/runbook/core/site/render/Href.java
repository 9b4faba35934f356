package dev.runbook.core.site.render;

/**
 * What a link becomes on the site: an href, or none (the text stays, marked as unpublished) with
 * the reason.
 */
public record Href(String value, String reason) {

  public static Href of(String value) {
    return new Href(value, null);
  }

  public static Href dropped(String reason) {
    return new Href(null, reason);
  }

  public boolean published() {
    return value != null;
  }
}
