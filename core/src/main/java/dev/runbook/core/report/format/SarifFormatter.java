package dev.runbook.core.report.format;

import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.ReportFormatter;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.report.Severity;
import dev.runbook.core.report.ToolVersion;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF readers: one run whose driver lists the
 * report's rules, one result per finding with a {@code %SRCROOT%}-relative location and a
 * {@code primaryLocationLineHash} partial fingerprint that survives line shifts. Columns are
 * UTF-16 code units, as declared by {@code columnKind}. Files that could not be read make an
 * invocation with {@code executionSuccessful: false} and an error notification per file.
 * Stateless and thread-safe.
 */
public final class SarifFormatter implements ReportFormatter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SOURCE_ROOT = "%SRCROOT%";

  private final Optional<URI> informationUri;
  private final Optional<String> siteUrl;

  /** A formatter whose driver has no {@code informationUri}. */
  public SarifFormatter() {
    this(Optional.empty());
  }

  /** A formatter whose driver points people to {@code informationUri}, when present. */
  public SarifFormatter(Optional<URI> informationUri) {
    this(informationUri, Optional.empty());
  }

  /**
   * A formatter whose rules link to their pages on the site published at {@code siteUrl}
   * ({@code site.base_url}), when present.
   */
  public SarifFormatter(Optional<URI> informationUri, Optional<String> siteUrl) {
    this.informationUri = informationUri;
    this.siteUrl = siteUrl.map(u -> u.endsWith("/") ? u : u + "/");
  }

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public SarifFormatter forSite(Optional<String> siteUrl) {
    return new SarifFormatter(informationUri, siteUrl);
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonWriter json = new JsonWriter(out);
    json.beginObject().property("$schema", SCHEMA).property("version", "2.1.0");
    json.name("runs").beginArray().beginObject();
    json.name("tool").beginObject().name("driver").beginObject().property("name", "runbook");
    json.property("version", ToolVersion.get());
    if (!ToolVersion.get().equals("unknown")) {
      json.property("semanticVersion", ToolVersion.get());
    }
    if (informationUri.isPresent()) {
      json.property("informationUri", informationUri.get().toString());
    }
    json.name("rules").beginArray();
    for (RuleInfo rule : report.rules()) {
      writeRule(rule, siteUrl, json);
    }
    json.endArray().endObject().endObject();
    json.name("results").beginArray();
    UniqueFingerprints fingerprints = new UniqueFingerprints();
    for (Diagnostic d : report.diagnostics()) {
      writeResult(report, d, fingerprints.next(d), json);
    }
    json.endArray();
    json.property("columnKind", "utf16CodeUnits");
    if (!report.unreadable().isEmpty()) {
      writeInvocation(report, json);
    }
    json.endObject().endArray().endObject().finish();
  }

  /** Files that could not be read: an unsuccessful run, with one error notification per file. */
  private static void writeInvocation(Report report, JsonWriter json) throws IOException {
    json.name("invocations").beginArray().beginObject().property("executionSuccessful", false);
    json.name("toolExecutionNotifications").beginArray();
    for (LoadProblem p : report.unreadable()) {
      json.beginObject().property("level", "error");
      json.name("message").beginObject().property("text", p.message()).endObject();
      json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
      writeArtifactLocation(ReportPath.of(report, p.path()), json);
      json.endObject().endObject().endArray();
      json.endObject();
    }
    json.endArray().endObject().endArray();
  }

  /**
   * A rule with its documentation: {@code helpUri} is its page on the published site when
   * {@code site.base_url} is set (the page of the version that checked the set); without it there
   * is no address that is sure to exist (the project publishes no canonical repository URL), so
   * there is no {@code helpUri} rather than a guessed one, and {@code help.markdown} carries the
   * summary, rationale and example either way, which GitHub code scanning shows with each alert.
   */
  private static void writeRule(RuleInfo rule, Optional<String> siteUrl, JsonWriter json) throws IOException {
    json.beginObject().property("id", rule.id()).property("name", rule.name());
    json.name("shortDescription").beginObject().property("text", rule.summary()).endObject();
    json.name("fullDescription").beginObject().property("text", rule.rationale()).endObject();
    if (siteUrl.isPresent()) {
      json.property("helpUri", siteUrl.get() + rule.docPath());
    }
    json.name("help").beginObject().property("text", rule.rationale())
        .property("markdown", "**" + rule.id() + " " + rule.name() + "**: " + rule.summary() + "\n\n"
            + rule.rationale() + "\n\nExample:\n\n```markdown\n" + rule.example() + "\n```").endObject();
    json.name("defaultConfiguration").beginObject();
    json.property("level", level(rule.severity())).endObject();
    json.endObject();
  }

  private static void writeResult(Report report, Diagnostic d, String fingerprint, JsonWriter json)
      throws IOException {
    json.beginObject().property("ruleId", d.rule());
    int ruleIndex = indexOf(report.rules(), d.rule());
    if (ruleIndex >= 0) {
      json.property("ruleIndex", ruleIndex);
    }
    json.property("level", level(d.severity()));
    json.name("message").beginObject().property("text", d.message()).endObject();
    json.name("locations").beginArray().beginObject();
    json.name("physicalLocation").beginObject();
    writeArtifactLocation(ReportPath.of(report, d.file()), json);
    json.name("region").beginObject();
    json.property("startLine", d.line()).property("startColumn", d.column()).endObject();
    json.endObject().endObject().endArray();
    json.name("partialFingerprints").beginObject();
    json.property("primaryLocationLineHash", fingerprint).endObject();
    json.endObject();
  }

  /** Relative paths resolve against {@code %SRCROOT%}; an absolute root gives a file URI. */
  private static void writeArtifactLocation(String path, JsonWriter json) throws IOException {
    json.name("artifactLocation").beginObject();
    if (ReportPath.isAbsolute(path)) {
      json.property("uri", "file://" + (path.startsWith("/") ? "" : "/") + encode(path));
    } else {
      json.property("uri", encode(path)).property("uriBaseId", SOURCE_ROOT);
    }
    json.endObject();
  }

  /** Percent-encodes everything but unreserved characters and {@code /}, as UTF-8. */
  private static String encode(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  private static int indexOf(List<RuleInfo> rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
