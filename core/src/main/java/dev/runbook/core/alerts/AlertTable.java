package dev.runbook.core.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The alert → runbook table of {@code runbook alerts}: one row per alert, as text columns or as
 * JSON. Immutable.
 */
public final class AlertTable {
  /**
   * One alert.
   *
   * @param alert the alert's name
   * @param severity its severity label, or ""
   * @param file the rules file (relative to the root)
   * @param line the line of its {@code alert:} key
   * @param status ok, missing, broken, unresolvable or external
   * @param runbook the runbook's path when ok, else what was looked for or the URL
   */
  public record Row(String alert, String severity, String file, int line, String status, String runbook) {}

  private final List<Row> rows;
  private final List<String> unreadable;

  public AlertTable(AlertCatalog catalog) {
    List<Row> out = new ArrayList<>();
    for (AlertEntry e : catalog.entries()) {
      String status;
      String runbook;
      if (e.link().isEmpty()) {
        status = "missing";
        runbook = "";
      } else {
        RunbookLink l = e.link().get();
        String fragment = l.fragment().isEmpty() ? "" : "#" + l.fragment();
        switch (l.status()) {
          case RESOLVED -> {
            status = "ok";
            runbook = l.runbook().map(r -> r.path()).orElse(l.wanted()) + fragment;
          }
          case BROKEN_PATH -> {
            status = "broken";
            runbook = l.wanted();
          }
          case BROKEN_FRAGMENT -> {
            status = "broken";
            runbook = l.runbook().get().path() + fragment;
          }
          case UNRESOLVABLE -> {
            status = "unresolvable";
            runbook = l.url();
          }
          default -> {
            status = "external";
            runbook = l.url();
          }
        }
      }
      out.add(new Row(e.alert().name(), e.alert().severity().orElse(""), e.file().path(),
          e.alert().at().line(), status, runbook));
    }
    this.rows = List.copyOf(out);
    this.unreadable = catalog.files().stream().filter(f -> f.problem().isPresent())
        .map(f -> f.path() + ":" + f.problem().get().at().line() + ": " + f.problem().get().message()).toList();
  }

  public List<Row> rows() {
    return rows;
  }

  /** Rules files that could not be read, each as {@code file:line: why}. */
  public List<String> unreadable() {
    return unreadable;
  }

  /** Aligned columns with a header, then a count per status. */
  public String text() {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"ALERT", "SEVERITY", "RULES FILE", "STATUS", "RUNBOOK"});
    for (Row r : rows) {
      cells.add(new String[] {r.alert(), r.severity(), r.file() + ":" + r.line(), r.status(), r.runbook()});
    }
    int[] width = new int[4];
    for (String[] c : cells) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], c[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] c : cells) {
      for (int i = 0; i < width.length; i++) {
        out.append(c[i]).append(" ".repeat(width[i] - c[i].length() + 2));
      }
      out.append(c[4]).append('\n');
    }
    out.append(String.format(Locale.ROOT, "%d %s: %d ok, %d broken, %d missing, %d unresolvable, %d external%n",
        rows.size(), rows.size() == 1 ? "alert" : "alerts", count("ok"), count("broken"), count("missing"), count("unresolvable"), count("external")));
    return out.toString();
  }

  private long count(String status) {
    return rows.stream().filter(r -> r.status().equals(status)).count();
  }

  /** {@code {"alerts": [{alert, severity, file, line, status, runbook}], "unreadable": [...]}}. */
  public String json() {
    StringBuilder out = new StringBuilder("{\n  \"alerts\": [");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\"alert\": ").append(quote(r.alert()))
          .append(", \"severity\": ").append(quote(r.severity()))
          .append(", \"file\": ").append(quote(r.file()))
          .append(", \"line\": ").append(r.line())
          .append(", \"status\": ").append(quote(r.status()))
          .append(", \"runbook\": ").append(quote(r.runbook())).append('}');
    }
    out.append(rows.isEmpty() ? "],\n" : "\n  ],\n").append("  \"unreadable\": [");
    for (int i = 0; i < unreadable.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(quote(unreadable.get(i)));
    }
    return out.append("]\n}\n").toString();
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
