package dev.runbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What runbook.yml may say, what it becomes, and how a bad one is reported: file, line, what to do. */
class ConfigLoaderTest {
  private static final Path FILE = Path.of("runbook.yml");

  @TempDir Path tmp;

  private static Config parse(String yaml) throws ConfigException {
    return new ConfigLoader(Set.of("RB301", "RB403")).parse(FILE, yaml);
  }

  /** The message of the exception a bad config gives. */
  private static String error(String yaml) {
    try {
      parse(yaml);
    } catch (ConfigException e) {
      assertThat(e.getCause()).isNull();
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @Test
  void withoutSettingsTheDefaultsApply() throws ConfigException {
    Config c = parse("root: runbooks\n");
    assertThat(c.source()).contains(FILE);
    assertThat(c.root()).contains("runbooks");
    assertThat(c.reviewInterval().days()).isEqualTo(90);
    assertThat(c.warnBeforeDays()).isEqualTo(14);
    assertThat(c.exclude()).isEmpty();
    assertThat(c.documents()).isEmpty();
    assertThat(c.frontMatterKeys()).isEmpty();
    assertThat(c.sections()).isEqualTo(Config.DEFAULT_SECTIONS);
    assertThat(parse("")).usingRecursiveComparison().isEqualTo(new Config(Optional.of(FILE), Optional.empty(),
        List.of(), List.of(), Config.DEFAULT_SECTIONS, java.util.Map.of(), Config.DEFAULT.reviewInterval(), 14,
        java.util.Map.of(), SiteConfig.DEFAULT, List.of()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0|0", "0d|0", "0D|0", "0 d|0", "0 D|0", "0w|0", "0W|0", "00d|0", "'0d'|0",
    "1d|1", "5D|5", "5 d|5", "14d|14", "14D|14", "2w|14", "2 W|14", "monthly|30", "Quarterly|90"})
  void warnBeforeIsADurationOrZeroInAnyCaseAndSpacing(String value, int days) throws ConfigException {
    assertThat(parse("review:\n  warn_before: " + value + "\n").warnBeforeDays()).as(value).isEqualTo(days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1d", "14", "1.5d", "soon", "0x", "d", "10000d", "0 dd", "fortnight"})
  void aBadWarnBeforeNamesTheLineAndTheFormsIncludingZero(String value) {
    assertThat(error("review:\n  interval: monthly\n  warn_before: " + value + "\n")).isEqualTo(
        "runbook.yml:3: review.warn_before '" + value + "' is not a duration: use a count like 14d or 2w, "
            + "0d to warn on the due date only, or monthly, quarterly, semiannual or annual");
  }

  @Test
  void warnBeforeIsOneValue() {
    assertThat(error("review:\n  warn_before: [14d]\n"))
        .isEqualTo("runbook.yml:2: review.warn_before must be a single value, like 14d");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "monthly|30", "quarterly|90", "semiannual|182", "annual|365", "ANNUAL|365", "30d|30", "30 D|30", "6w|42",
    "1d|1", "9999d|9999", "6 months|182", "2 weeks|14", "1 year|365", "90 days|90", "90d|90", "12 months|365",
    "3mo|91", "weekly|7", "yearly|365", "1 Month|30"})
  void intervalIsANamedPeriodOrACount(String value, int days) throws ConfigException {
    assertThat(parse("review: {interval: " + value + "}\n").reviewInterval().days()).as(value).isEqualTo(days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0d", "0", "fortnightly", "30", "-5d", "10000d", "0 months", "6 moons"})
  void aBadIntervalNamesTheLineAndTheForms(String value) {
    assertThat(error("review:\n  interval: " + value + "\n")).isEqualTo("runbook.yml:2: '" + value
        + "' is not an interval: use monthly, quarterly, semiannual, annual, a count like 30d or 6w, "
        + "or words like 90 days, 2 weeks, 6 months, 1 year");
  }

  @Test
  void frontMatterMapsEachFieldToTheSetsOwnKeys() throws ConfigException {
    Config c = parse("front_matter:\n  owner: [owner, owner_slack]\n  review_interval: review_in\n");
    assertThat(c.frontMatter().keys()).containsEntry("owner", List.of("owner", "owner_slack"))
        .containsEntry("review_interval", List.of("review_in")).doesNotContainKey("title");
    assertThat(c.frontMatter().fieldOf("owner_slack")).contains("owner");
  }

  @Test
  void anUnknownFrontMatterFieldOrAnEmptyListNamesItsLine() {
    assertThat(error("front_matter:\n  owner: [owner]\n  team: [team]\n")).isEqualTo("runbook.yml:3: unknown key "
        + "'front_matter.team': allowed here are [last_reviewed, owner, review_interval, title]");
    assertThat(error("front_matter:\n  owner: []\n")).startsWith("runbook.yml:2: front_matter.owner must list");
  }

  @Test
  void kindsKeepTheirOrderAndFallBackToTheTopLevelSections() throws ConfigException {
    Config c = parse("""
        sections: [Overview, Steps]
        section_aliases: {Steps: [Procedure]}
        rules: {RB403: warning}
        kinds:
          alert:
            match: ["alerts/**"]
            sections: [Meaning, Mitigation]
            section_aliases: {Mitigation: [缓解]}
            rules: {RB301: off}
          howto:
            front_matter: {type: howto}
        """);
    assertThat(c.kinds()).extracting(KindConfig::name).containsExactly("alert", "howto");
    KindConfig alert = c.kinds().get(0);
    assertThat(alert.line()).isEqualTo(5);
    Config forAlert = c.forKind(alert);
    assertThat(forAlert.sections()).containsExactly("Meaning", "Mitigation");
    assertThat(forAlert.sectionAliases()).containsEntry("Mitigation", List.of("缓解"));
    assertThat(forAlert.rule("RB301").off()).isTrue();
    assertThat(forAlert.rule("RB403").severity()).contains("warning");
    assertThat(c.rule("RB301").off()).isFalse();
    Config forHowto = c.forKind(c.kinds().get(1));
    assertThat(forHowto.sections()).containsExactly("Overview", "Steps");
    assertThat(forHowto.sectionAliases()).containsEntry("Steps", List.of("Procedure"));
  }

  @Test
  void aKindMatchesByGlobOrByEveryFrontMatterValue() throws ConfigException {
    Config c = parse("""
        kinds:
          alert:
            match: ["alerts/**"]
          howto:
            front_matter: {type: howto}
        """);
    dev.runbook.core.model.FrontMatter howto = new dev.runbook.core.model.FrontMatter(true, java.util.Map.of("type",
        new dev.runbook.core.model.FrontMatterValue("type", "HowTo", dev.runbook.core.model.Position.START)), 3,
        Optional.empty());
    dev.runbook.core.model.FrontMatter none = dev.runbook.core.model.FrontMatter.NONE;
    assertThat(c.kindOf("alerts/a/KubeDown.md", none)).map(KindConfig::name).contains("alert");
    assertThat(c.kindOf("alerts/KubeDown.md", howto)).map(KindConfig::name).contains("alert");
    assertThat(c.kindOf("guides/x.md", howto)).map(KindConfig::name).contains("howto");
    assertThat(c.kindOf("guides/x.md", none)).isEmpty();
  }

  @Test
  void aBadKindNamesItsLineAndWhatToDo() {
    assertThat(error("kinds:\n  alert:\n    match: [a/**]\n    sectons: [A]\n")).isEqualTo("runbook.yml:4: "
        + "unknown key 'kinds.alert.sectons': allowed here are [front_matter, match, rules, section_aliases, sections]");
    assertThat(error("kinds:\n  alert:\n    sections: [A]\n")).isEqualTo("runbook.yml:2: kind 'alert' selects no "
        + "runbook: give it 'match' globs (relative to the root, like alerts/**) or a 'front_matter' value (like type: alert)");
    assertThat(error("kinds:\n  alert:\n    match: [a/**]\n    rules: {RB999: off}\n")).isEqualTo("runbook.yml:4: "
        + "unknown rule 'RB999': run 'runbook rules' for the list of rule IDs and names");
    assertThat(error("kinds:\n  alert:\n    match: [a/**]\n    sections: [A]\n    section_aliases: {B: [b]}\n"))
        .isEqualTo("runbook.yml:5: kinds.alert.section_aliases names 'B', which is not in 'kinds.alert.sections' [A]");
    assertThat(error("kinds:\n  alert:\n    match: ['a/[x']\n")).startsWith("runbook.yml:3: bad glob 'a/[x' in "
        + "'kinds.alert.match': ");
    assertThat(error("kinds:\n  alert:\n    front_matter: {type: [a, b]}\n")).isEqualTo("runbook.yml:3: "
        + "kinds.alert.front_matter.type must be one value that selects the kind, like type: alert");
  }

  @Test
  void frontMatterKeysAreAListOrOneKeyKeptAsWritten() throws ConfigException {
    assertThat(parse("front_matter_keys: [weight, menu, Weight]\n").frontMatterKeys())
        .containsExactly("weight", "menu", "Weight");
    assertThat(parse("front_matter_keys: weight\n").frontMatterKeys()).containsExactly("weight");
    assertThat(parse("front_matter_keys:\n  - service\n  - tier\n").frontMatterKeys()).containsExactly("service", "tier");
    assertThat(error("front_matter_keys: {weight: 1}\n"))
        .isEqualTo("runbook.yml:1: 'front_matter_keys' must be a list of strings");
    assertThat(error("front_matter_keys:\n  - weight\n  - [menu]\n"))
        .isEqualTo("runbook.yml:3: 'front_matter_keys' must be a list of strings");
  }

  @Test
  void documentsAndExcludeAreGlobLists() throws ConfigException {
    Config c = parse("exclude: [\"drafts/**\", \"*.tmp.md\"]\ndocuments: docs/**\n");
    assertThat(c.exclude()).containsExactly("drafts/**", "*.tmp.md");
    assertThat(c.documents()).containsExactly("docs/**");
    assertThat(parse("documents:\n  - docs/**\n  - \"**/ARCHITECTURE.md\"\nexclude: []\n").documents())
        .containsExactly("docs/**", "**/ARCHITECTURE.md");
    assertThat(error("root: runbooks\ndocuments:\n  - docs/**\n  -\n"))
        .isEqualTo("runbook.yml:4: 'documents' must be a list of strings");
    assertThat(error("exclude: {drafts: yes}\n")).isEqualTo("runbook.yml:1: 'exclude' must be a list of strings");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "exclude|[x|Missing '] at character 2",
    "documents|{a,b|Missing '} at character 4",
    "exclude|**/[|Missing '] at character 4",
    "documents|a{b,{c}|Cannot nest groups at character 5"})
  void aBadGlobNamesItsLineAndWhatIsWrong(String key, String glob, String what) {
    String yaml = "root: runbooks\n" + key + ":\n  - \"ok/**\"\n  - \"" + glob + "\"\n";
    assertThat(error(yaml)).isEqualTo("runbook.yml:4: bad glob '" + glob + "' in '" + key + "': " + what
        + ": close every [ and {, or put a backslash before a literal [ { or \\");
    assertThat(error(key + ": \"" + glob + "\"\n")).startsWith("runbook.yml:1: bad glob '" + glob + "'");
  }

  @Test
  void aBadAlertsGlobNamesItsLineToo() {
    assertThat(error("alerts:\n  rules:\n    - \"deploy/*.yaml\"\n    - \"[x\"\n"))
        .startsWith("runbook.yml:4: bad glob '[x' in 'alerts.rules': Missing ']");
    assertThat(error("alerts:\n  runbooks: \"{a,b\"\n"))
        .startsWith("runbook.yml:2: bad glob '{a,b' in 'alerts.runbooks': ");
  }

  @Test
  void rulesAreNamedByIdOrByNameInAnyCase() throws ConfigException {
    ConfigLoader loader = new ConfigLoader(Set.of("RB301", "RB403"), Map.of("broken-link", "RB301", "review-due-soon", "RB403"));
    Config config = loader.parse(FILE, "rules:\n  broken-link: warning\n  Review-Due-Soon: off\n");
    assertThat(config.rule("RB301").severity()).contains("warning");
    assertThat(config.rule("RB403").off()).isTrue();
    assertThatThrownBy(() -> loader.parse(FILE, "rules:\n  RB301: off\n  broken-link: error\n"))
        .hasMessage("runbook.yml:3: rule RB301 is set twice, by its ID and its name: keep one");
    assertThatThrownBy(() -> loader.parse(FILE, "rules:\n  broken-links: off\n"))
        .hasMessage("runbook.yml:2: unknown rule 'broken-links': run 'runbook rules' for the list of rule IDs and names");
  }

  @Test
  void aBadConfigSaysFileLineAndWhatToDo() {
    assertThat(error("root: runbooks\nreviews:\n  interval: monthly\n")).isEqualTo("runbook.yml:2: unknown key "
        + "'reviews': allowed here are [alerts, baseline, documents, exclude, front_matter, front_matter_keys, kinds, links, review, root, rules, section_aliases, "
        + "sections, site]");
    assertThat(error("review:\n  interval: monthly\n  warn: 3d\n"))
        .isEqualTo("runbook.yml:3: unknown key 'review.warn': allowed here are [interval, warn_before]");
    assertThat(error("rules:\n  RB999: off\n"))
        .isEqualTo("runbook.yml:2: unknown rule 'RB999': run 'runbook rules' for the list of rule IDs and names");
    assertThat(error("rules:\n  RB301: loud\n"))
        .isEqualTo("runbook.yml:2: 'loud' is not a severity: use off, info, warning or error");
    assertThat(error("site:\n  base_url: ftp://example.org\n"))
        .isEqualTo("runbook.yml:2: site.base_url must be an http(s) URL, got 'ftp://example.org'");
    assertThat(error("sections: []\n")).isEqualTo("runbook.yml:1: 'sections' must list at least one section");
    assertThat(error("review: monthly\n")).isEqualTo("runbook.yml:1: 'review' must be a mapping of keys to values");
    assertThat(error("root: runbooks\nexclude: [drafts\n")).startsWith("runbook.yml:").contains("broken YAML");
    assertThat(error("root: runbooks\nsite:\n  title: \"\\u")).startsWith("runbook.yml:3: broken YAML: the text ends "
        + "inside the escape sequence of a double-quoted value");
  }

  @Test
  void theUrlStyleAndBasePathOfTheSetsOwnSiteAreRead() throws Exception {
    SiteConfig site = parse("site:\n  url_style: middleman\n  base_path: /manual\n").site();
    assertThat(site.urlStyle().name()).isEqualTo("middleman");
    assertThat(site.basePath()).isEqualTo("/manual/");
    assertThat(parse("root: runbooks\n").site().urls()).isEqualTo(dev.runbook.core.model.url.SiteUrls.DEFAULT);
    assertThat(error("site:\n  title: Ops\n  url_style: gatsby\n")).isEqualTo("runbook.yml:3: site.url_style must be "
        + "one of runbook, hugo, mkdocs, middleman, jekyll, got 'gatsby'");
    assertThat(error("site:\n  base_path: https://example.org/manual/\n")).isEqualTo("runbook.yml:2: site.base_path "
        + "must be the path the set's own site lives under, like /manual/, got 'https://example.org/manual/'");
  }

  @Test
  void aFileThatCannotBeReadSaysSo() throws Exception {
    Path latin1 = tmp.resolve("runbook.yml");
    Files.write(latin1, "site:\n  title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> new ConfigLoader(Set.of()).load(latin1)).isInstanceOf(ConfigException.class)
        .hasMessage(latin1 + ": not valid UTF-8: save the file as UTF-8");
    Files.writeString(latin1, "root: runbooks\nreview: {warn_before: 0 D}\n");
    Config c = new ConfigLoader(Set.of()).load(latin1);
    assertThat(c.source()).contains(latin1);
    assertThat(c.warnBeforeDays()).isZero();
  }
}
