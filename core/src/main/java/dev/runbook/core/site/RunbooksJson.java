package dev.runbook.core.site;

import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.site.data.JsonText;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code runbooks.json}: every listed runbook with title, path, page, risk, owner, category,
 * tags, automation, last review, next review due, status and the names of the alerts that link
 * to it, for dashboards and chat bots.
 * Stable: runbooks by path, keys in a fixed order.
 */
final class RunbooksJson {
  private RunbooksJson() {}

  static String of(SiteContext site) {
    SiteCatalog catalog = site.catalog();
    StringBuilder sb = new StringBuilder(256 + catalog.entries().size() * 400);
    sb.append("{\n  \"version\": 1,\n  \"site\": ").append(JsonText.quote(site.siteTitle()))
        .append(",\n  \"base_url\": ").append(JsonText.quote(site.baseUrl().orElse(null)))
        .append(",\n  \"today\": ").append(JsonText.quote(catalog.today().toString()))
        .append(",\n  \"runbooks\": [");
    boolean first = true;
    for (SiteCatalog.Entry e : catalog.entries()) {
      sb.append(first ? "\n    {" : ",\n    {");
      first = false;
      field(sb, "title", e.title(), true);
      field(sb, "path", e.doc().path(), false);
      field(sb, "page", e.page(), false);
      field(sb, "url", site.canonical(e.page()).orElse(null), false);
      field(sb, "risk", e.risk().map(RiskLevel::id).orElse(null), false);
      field(sb, "owner", e.owner(), false);
      field(sb, "category", e.category(), false);
      sb.append(", \"tags\": ").append(list(e.tags()));
      field(sb, "automation", e.automation(), false);
      field(sb, "last_reviewed", e.review().lastReviewed().map(LocalDate::toString).orElse(null), false);
      field(sb, "next_review_due", e.review().due().map(LocalDate::toString).orElse(null), false);
      field(sb, "review_status", RunbookViews.statusId(e.status()), false);
      sb.append(", \"alerts\": ").append(list(site.alerts().namesOf(e.doc().path())));
      sb.append('}');
    }
    sb.append(first ? "]\n}\n" : "\n  ]\n}\n");
    return sb.toString();
  }

  private static void field(StringBuilder sb, String key, String value, boolean first) {
    sb.append(first ? "\"" : ", \"").append(key).append("\": ").append(JsonText.quote(value));
  }

  private static String list(List<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(JsonText.quote(values.get(i)));
    }
    return sb.append(']').toString();
  }
}
