package dev.runbook.core.config;

import dev.runbook.core.model.FrontMatter;
import dev.runbook.core.model.ReviewInterval;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.TreeListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole configuration, immutable. {@link #DEFAULT} is what applies without a {@code
 * runbook.yml}.
 *
 * @param source the file it came from, if any
 * @param root the runbook root named in the file, if any (relative to the file's folder)
 * @param exclude globs of paths (relative to the root) that are not checked or published
 * @param documents globs of reference documents: published and link-checked like index pages
 * @param sections required H2 sections, in order
 * @param sectionAliases other headings accepted for a required section
 * @param reviewInterval default review interval
 * @param warnBeforeDays how many days before the due date RB403 warns
 * @param rules per-rule settings by ID
 * @param site the site block
 * @param frontMatterKeys extra front matter keys the team uses (not reported as unknown)
 * @param alerts the alerts block: alerting-rule files and their runbook URLs
 * @param links the links block: whose heading anchors fragments name
 * @param baseline the baseline file of accepted findings (relative to the config's folder), if any
 * @param frontMatter which front-matter keys stand for our fields ({@code front_matter:})
 * @param kinds several templates in one set ({@code kinds:}), tried in order
 * @param kind the kind this configuration was narrowed to ({@link #forKind}), if any
 */
public record Config(
    Optional<Path> source,
    Optional<String> root,
    List<String> exclude,
    List<String> documents,
    List<String> sections,
    Map<String, List<String>> sectionAliases,
    ReviewInterval reviewInterval,
    int warnBeforeDays,
    Map<String, RuleSetting> rules,
    SiteConfig site,
    List<String> frontMatterKeys,
    AlertsConfig alerts,
    LinksConfig links,
    Optional<String> baseline,
    FrontMatterFields frontMatter,
    List<KindConfig> kinds,
    Optional<KindConfig> kind) {

  public static final List<String> DEFAULT_SECTIONS =
      List.of("Overview", "Prerequisites", "Steps", "Validation", "Rollback", "References");

  public static final Config DEFAULT =
      new Config(
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          DEFAULT_SECTIONS,
          Map.of(),
          ReviewInterval.QUARTERLY,
          14,
          Map.of(),
          SiteConfig.DEFAULT,
          List.of(),
          AlertsConfig.DEFAULT,
          LinksConfig.DEFAULT,
          Optional.empty(),
          FrontMatterFields.DEFAULT,
          List.of(),
          Optional.empty());

  public Config {
    kinds = List.copyOf(kinds);
    exclude = List.copyOf(exclude);
    documents = List.copyOf(documents);
    sections = List.copyOf(sections);
    sectionAliases = Map.copyOf(sectionAliases);
    rules = Map.copyOf(rules);
    frontMatterKeys = List.copyOf(frontMatterKeys);
  }

  /** A configuration with only the alerts block among the later ones. */
  public Config(Optional<Path> source, Optional<String> root, List<String> exclude, List<String> documents,
      List<String> sections, Map<String, List<String>> sectionAliases, ReviewInterval reviewInterval,
      int warnBeforeDays, Map<String, RuleSetting> rules, SiteConfig site, List<String> frontMatterKeys,
      AlertsConfig alerts) {
    this(source, root, exclude, documents, sections, sectionAliases, reviewInterval, warnBeforeDays, rules,
        site, frontMatterKeys, alerts, LinksConfig.DEFAULT, Optional.empty(), FrontMatterFields.DEFAULT, List.of(),
        Optional.empty());
  }

  /** A configuration without an alerts block. */
  public Config(Optional<Path> source, Optional<String> root, List<String> exclude, List<String> documents,
      List<String> sections, Map<String, List<String>> sectionAliases, ReviewInterval reviewInterval,
      int warnBeforeDays, Map<String, RuleSetting> rules, SiteConfig site, List<String> frontMatterKeys) {
    this(source, root, exclude, documents, sections, sectionAliases, reviewInterval, warnBeforeDays, rules,
        site, frontMatterKeys, AlertsConfig.DEFAULT);
  }

  /** The same configuration with another alerts block. */
  public Config withAlerts(AlertsConfig a) {
    return new Config(source, root, exclude, documents, sections, sectionAliases, reviewInterval,
        warnBeforeDays, rules, site, frontMatterKeys, a, links, baseline, frontMatter, kinds, kind);
  }

  /** The same configuration with another links block. */
  public Config withLinks(LinksConfig l) {
    return new Config(source, root, exclude, documents, sections, sectionAliases, reviewInterval,
        warnBeforeDays, rules, site, frontMatterKeys, alerts, l, baseline, frontMatter, kinds, kind);
  }

  /** The same configuration with a baseline file (relative to its folder). */
  public Config withBaseline(Optional<String> file) {
    return new Config(source, root, exclude, documents, sections, sectionAliases, reviewInterval,
        warnBeforeDays, rules, site, frontMatterKeys, alerts, links, file, frontMatter, kinds, kind);
  }

  /** The same configuration with another front_matter field map and kinds. */
  public Config withKinds(FrontMatterFields fields, List<KindConfig> k) {
    return new Config(source, root, exclude, documents, sections, sectionAliases, reviewInterval,
        warnBeforeDays, rules, site, frontMatterKeys, alerts, links, baseline, fields, k, kind);
  }

  /** The first kind whose glob or front-matter value matches the runbook, if any. */
  public Optional<KindConfig> kindOf(String path, FrontMatter fm) {
    return kinds.stream().filter(k -> k.matches(path, fm)).findFirst();
  }

  /**
   * The configuration that applies to one runbook: that of its kind ({@link #forKind}), else this
   * one.
   */
  public Config forRunbook(Runbook r) {
    if (kinds.isEmpty() || kind.isPresent()) {
      return this;
    }
    return kindOf(r.path(), r.frontMatter()).map(this::forKind).orElse(this);
  }

  /**
   * This configuration narrowed to one kind: its sections and aliases instead of the top-level
   * ones, and its rule settings over the top-level ones for the rules it names.
   */
  public Config forKind(KindConfig k) {
    Map<String, RuleSetting> merged = new java.util.HashMap<>(rules);
    merged.putAll(k.rules());
    return new Config(source, root, exclude, documents, k.sections(), k.sectionAliases(), reviewInterval,
        warnBeforeDays, merged, site, frontMatterKeys, alerts, links, baseline, frontMatter, kinds, Optional.of(k));
  }

  /** A parser for this set: its heading anchors ({@code links.slugs}) and front-matter field keys. */
  public RunbookParser parser() {
    return new RunbookParser(links.slugs(), frontMatter.keys());
  }

  /** As {@link #parser()}, handing each document's syntax tree to {@code trees}. */
  public RunbookParser parser(TreeListener trees) {
    return new RunbookParser(trees, links.slugs(), frontMatter.keys());
  }

  /** The folder that relative paths of the config start from: its file's folder, if it has one. */
  public Optional<Path> folder() {
    return source.map(Path::toAbsolutePath).map(Path::getParent);
  }

  public RuleSetting rule(String id) {
    return rules.getOrDefault(id.toUpperCase(Locale.ROOT), RuleSetting.DEFAULT);
  }

  /** The required section that names the Steps (for RB106), if the list has one. */
  public Optional<String> stepsSection() {
    return sections.stream().filter(s -> s.equalsIgnoreCase("Steps")).findFirst();
  }

  /** The required section that names the Rollback (for RB205), if the list has one. */
  public Optional<String> rollbackSection() {
    return sections.stream().filter(s -> s.equalsIgnoreCase("Rollback")).findFirst();
  }
}
