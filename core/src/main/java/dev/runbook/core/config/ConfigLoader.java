package dev.runbook.core.config;

import dev.runbook.core.model.Position;
import dev.runbook.core.model.ReviewInterval;
import dev.runbook.core.model.SlugDialect;
import dev.runbook.core.model.url.SiteUrls;
import dev.runbook.core.model.url.UrlStyle;
import dev.runbook.core.parse.SafeYaml;
import dev.runbook.core.parse.YamlProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code runbook.yml}. Every unknown key and bad value is a {@link ConfigException} naming
 * the file, the line and the fix. Thread-safe.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "runbook.yml";
  private static final Set<String> TOP_KEYS =
      Set.of("root", "exclude", "documents", "sections", "section_aliases", "review", "rules", "site",
          "front_matter_keys", "alerts", "links", "baseline", "front_matter", "kinds");
  private static final Set<String> KIND_KEYS =
      Set.of("match", "front_matter", "sections", "section_aliases", "rules");

  /** A warn_before of zero days, as {@link ReviewInterval#parse} reads counts: case and spaces aside. */
  private static final Pattern ZERO = Pattern.compile("0+(?:\\s*[dw])?", Pattern.CASE_INSENSITIVE);

  private final Set<String> ruleIds;
  private final Map<String, String> idsByName;
  private final SafeYaml yaml = new SafeYaml();

  /** @param ruleIds the IDs a {@code rules:} block may name */
  public ConfigLoader(Set<String> ruleIds) {
    this(ruleIds, Map.of());
  }

  /**
   * @param ruleIds the IDs a {@code rules:} block may name
   * @param idsByName the rule ID of each rule name ({@code broken-link → RB301}), which a
   *     {@code rules:} block may use instead of the ID
   */
  public ConfigLoader(Set<String> ruleIds, Map<String, String> idsByName) {
    this.ruleIds = Set.copyOf(ruleIds);
    this.idsByName = Map.copyOf(idsByName);
  }

  public Config load(Path file) throws ConfigException {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(file, 0, "not valid UTF-8: save the file as UTF-8");
    } catch (IOException e) {
      throw new ConfigException(file, 0, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    return parse(file, text);
  }

  public Config parse(Path file, String text) throws ConfigException {
    Optional<Node> root;
    try {
      root = yaml.compose(text);
    } catch (YamlProblem e) {
      throw new ConfigException(file, e.line(), "broken YAML: " + e.getMessage());
    }
    if (root.isEmpty()) {
      return withSource(Config.DEFAULT, file);
    }
    Reader r = new Reader(file);
    return r.read(r.mapping(root.get(), "the file"));
  }

  private static Config withSource(Config c, Path file) {
    return new Config(Optional.of(file), c.root(), c.exclude(), c.documents(), c.sections(),
        c.sectionAliases(), c.reviewInterval(), c.warnBeforeDays(), c.rules(), c.site(), c.frontMatterKeys(),
        c.alerts(), c.links(), c.baseline(), c.frontMatter(), c.kinds(), c.kind());
  }

  /** Walks the node tree of one file. */
  private final class Reader {
    private final Path file;

    Reader(Path file) {
      this.file = file;
    }

    Config read(Map<String, NodeTuple> top) throws ConfigException {
      checkKeys(top, TOP_KEYS, "");
      Config d = Config.DEFAULT;
      Optional<String> rootDir = optionalString(top, "root");
      List<String> exclude = globs(top, "exclude", "exclude");
      List<String> documents = globs(top, "documents", "documents");
      List<String> sections = stringList(top, "sections", d.sections());
      if (sections.isEmpty()) {
        throw error(top.get("sections").getValueNode(), "'sections' must list at least one section");
      }
      Map<String, List<String>> aliases = aliases(top.get("section_aliases"), sections, "");
      ReviewInterval interval = d.reviewInterval();
      int warnBefore = d.warnBeforeDays();
      if (top.containsKey("review")) {
        Map<String, NodeTuple> review = mapping(top.get("review").getValueNode(), "'review'");
        checkKeys(review, Set.of("interval", "warn_before"), "review.");
        if (review.containsKey("interval")) {
          interval = interval(review.get("interval").getValueNode());
        }
        if (review.containsKey("warn_before")) {
          warnBefore = warnBefore(review.get("warn_before").getValueNode());
        }
      }
      Map<String, RuleSetting> rules = rules(top.get("rules"));
      SiteConfig site = site(top.get("site"));
      List<String> extraKeys = stringList(top, "front_matter_keys", List.of());
      return new Config(Optional.of(file), rootDir, exclude, documents, sections, aliases,
          interval, warnBefore, rules, site, extraKeys).withAlerts(alerts(top.get("alerts")))
          .withLinks(links(top.get("links")))
          .withBaseline(optionalString(top, "baseline"))
          .withKinds(frontMatterFields(top.get("front_matter")), kinds(top.get("kinds"), sections, aliases));
    }

    /** {@code front_matter: {owner: [owner, owner_slack], …}}: a list of keys per field, first present wins. */
    private FrontMatterFields frontMatterFields(NodeTuple entry) throws ConfigException {
      if (entry == null) {
        return FrontMatterFields.DEFAULT;
      }
      Map<String, NodeTuple> m = mapping(entry.getValueNode(), "'front_matter'");
      checkKeys(m, Set.copyOf(FrontMatterFields.FIELDS), "front_matter.");
      Map<String, List<String>> keys = new LinkedHashMap<>();
      for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
        List<String> list = strings(e.getValue().getValueNode(), "front_matter." + e.getKey());
        if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
          throw error(e.getValue().getValueNode(), "front_matter." + e.getKey()
              + " must list the front-matter keys that hold it, first present wins, like [" + e.getKey() + "]");
        }
        keys.put(e.getKey(), list.stream().map(String::strip).toList());
      }
      return new FrontMatterFields(keys);
    }

    /** {@code kinds: {alert: {match: [...], front_matter: {type: alert}, sections: [...], ...}}}, in order. */
    private List<KindConfig> kinds(NodeTuple entry, List<String> topSections, Map<String, List<String>> topAliases)
        throws ConfigException {
      if (entry == null) {
        return List.of();
      }
      List<KindConfig> out = new ArrayList<>();
      for (Map.Entry<String, NodeTuple> e : mapping(entry.getValueNode(), "'kinds'").entrySet()) {
        String name = e.getKey();
        String prefix = "kinds." + name + ".";
        Node keyNode = e.getValue().getKeyNode();
        Map<String, NodeTuple> k = mapping(e.getValue().getValueNode(), "kind '" + name + "'");
        checkKeys(k, KIND_KEYS, prefix);
        List<String> match = globs(k, "match", prefix + "match");
        Map<String, String> fm = new LinkedHashMap<>();
        if (k.containsKey("front_matter")) {
          for (Map.Entry<String, NodeTuple> f
              : mapping(k.get("front_matter").getValueNode(), "'" + prefix + "front_matter'").entrySet()) {
            if (!(f.getValue().getValueNode() instanceof ScalarNode v) || SafeYaml.isNull(v)) {
              throw error(f.getValue().getValueNode(), prefix + "front_matter." + f.getKey()
                  + " must be one value that selects the kind, like type: alert");
            }
            fm.put(f.getKey(), v.getValue());
          }
        }
        if (match.isEmpty() && fm.isEmpty()) {
          throw error(keyNode, "kind '" + name + "' selects no runbook: give it 'match' globs "
              + "(relative to the root, like alerts/**) or a 'front_matter' value (like type: alert)");
        }
        List<String> sections = stringList(k, "sections", topSections);
        if (sections.isEmpty()) {
          throw error(k.get("sections").getValueNode(), prefix + "sections must list at least one section");
        }
        Map<String, List<String>> aliases = k.containsKey("section_aliases")
            ? aliases(k.get("section_aliases"), sections, prefix)
            : k.containsKey("sections") ? Map.of() : topAliases;
        out.add(new KindConfig(name, match, fm, sections, aliases, rules(k.get("rules")), SafeYaml.line(keyNode)));
      }
      return out;
    }

    private AlertsConfig alerts(NodeTuple entry) throws ConfigException {
      if (entry == null) {
        return AlertsConfig.DEFAULT;
      }
      Map<String, NodeTuple> m = mapping(entry.getValueNode(), "'alerts'");
      checkKeys(m, Set.of("rules", "runbook_urls", "ignore_case", "annotations", "require_runbook", "runbooks"),
          "alerts.");
      List<String> urls = stringList(m, "runbook_urls", List.of());
      for (int i = 0; i < urls.size(); i++) {
        String url = urls.get(i);
        if (!url.contains("{path}") || url.indexOf("{path}") != url.lastIndexOf("{path}")) {
          throw error(m.get("runbook_urls").getValueNode(), "alerts.runbook_urls: '" + url
              + "' must hold {path} once, where the runbook's path goes, like https://runbooks.example.org/{path}");
        }
      }
      boolean ignoreCase = false;
      if (m.containsKey("ignore_case")) {
        Node v = m.get("ignore_case").getValueNode();
        String b = v instanceof ScalarNode s ? s.getValue().strip().toLowerCase(Locale.ROOT) : "";
        if (!b.equals("true") && !b.equals("false")) {
          throw error(v, "alerts.ignore_case must be true or false");
        }
        ignoreCase = b.equals("true");
      }
      List<String> annotations = stringList(m, "annotations", AlertsConfig.DEFAULT_ANNOTATIONS);
      if (annotations.isEmpty()) {
        throw error(m.get("annotations").getValueNode(),
            "alerts.annotations must name at least one annotation key, like runbook_url");
      }
      return new AlertsConfig(globs(m, "rules", "alerts.rules"), urls, ignoreCase, annotations,
          stringList(m, "require_runbook", List.of()), globs(m, "runbooks", "alerts.runbooks"), placesOf(m.get("rules")));
    }

    private Map<String, List<String>> aliases(NodeTuple entry, List<String> sections, String prefix)
        throws ConfigException {
      if (entry == null) {
        return Map.of();
      }
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (Map.Entry<String, NodeTuple> e
          : mapping(entry.getValueNode(), "'" + prefix + "section_aliases'").entrySet()) {
        if (sections.stream().noneMatch(s -> s.equalsIgnoreCase(e.getKey()))) {
          throw error(e.getValue().getKeyNode(), prefix + "section_aliases names '" + e.getKey()
              + "', which is not in '" + prefix + "sections' " + sections);
        }
        out.put(e.getKey(), strings(e.getValue().getValueNode(), prefix + "section_aliases." + e.getKey()));
      }
      return out;
    }

    private Map<String, RuleSetting> rules(NodeTuple entry) throws ConfigException {
      if (entry == null) {
        return Map.of();
      }
      Map<String, RuleSetting> out = new LinkedHashMap<>();
      for (Map.Entry<String, NodeTuple> e : mapping(entry.getValueNode(), "'rules'").entrySet()) {
        String id = idsByName.getOrDefault(e.getKey().toLowerCase(Locale.ROOT), e.getKey().toUpperCase(Locale.ROOT));
        if (!ruleIds.contains(id)) {
          throw error(e.getValue().getKeyNode(), "unknown rule '" + e.getKey()
              + "': run 'runbook rules' for the list of rule IDs and names");
        }
        if (out.containsKey(id)) {
          throw error(e.getValue().getKeyNode(), "rule " + id + " is set twice, by its ID and its name: keep one");
        }
        Node value = e.getValue().getValueNode();
        if (value instanceof ScalarNode s) {
          out.put(id, severitySetting(s, List.of()));
        } else {
          Map<String, NodeTuple> m = mapping(value, "rule " + id);
          checkKeys(m, Set.of("severity", "patterns"), "rules." + id + ".");
          List<String> patterns = stringList(m, "patterns", List.of());
          if (m.containsKey("severity")) {
            Node sev = m.get("severity").getValueNode();
            if (!(sev instanceof ScalarNode sn)) {
              throw error(sev, "rules." + id + ".severity must be off, info, warning or error");
            }
            out.put(id, severitySetting(sn, patterns));
          } else {
            out.put(id, new RuleSetting(false, Optional.empty(), patterns));
          }
        }
      }
      return out;
    }

    private RuleSetting severitySetting(ScalarNode s, List<String> patterns) throws ConfigException {
      String v = s.getValue().trim().toLowerCase(Locale.ROOT);
      switch (v) {
        case "off", "false":
          return new RuleSetting(true, Optional.empty(), patterns);
        case "info", "warning", "error":
          return new RuleSetting(false, Optional.of(v), patterns);
        default:
          throw error(s, "'" + s.getValue() + "' is not a severity: use off, info, warning or error");
      }
    }

    private LinksConfig links(NodeTuple entry) throws ConfigException {
      if (entry == null) {
        return LinksConfig.DEFAULT;
      }
      Map<String, NodeTuple> m = mapping(entry.getValueNode(), "'links'");
      checkKeys(m, Set.of("slugs"), "links.");
      if (!m.containsKey("slugs")) {
        return LinksConfig.DEFAULT;
      }
      Node v = m.get("slugs").getValueNode();
      String value = v instanceof ScalarNode s ? s.getValue() : "";
      return new LinksConfig(SlugDialect.named(value).orElseThrow(() -> error(v, "links.slugs '" + value
          + "' is not a slug dialect: use " + SlugDialect.choices() + " (whose heading anchors the links name)")));
    }

    private SiteConfig site(NodeTuple entry) throws ConfigException {
      if (entry == null) {
        return SiteConfig.DEFAULT;
      }
      Map<String, NodeTuple> m = mapping(entry.getValueNode(), "'site'");
      checkKeys(m, Set.of("title", "base_url", "edit_url", "theme_dir", "url_style", "base_path"), "site.");
      Optional<String> baseUrl = optionalString(m, "base_url");
      if (baseUrl.isPresent() && !baseUrl.get().matches("https?://\\S+")) {
        throw error(m.get("base_url").getValueNode(), "site.base_url must be an http(s) URL, got '" + baseUrl.get() + "'");
      }
      Optional<String> editUrl = optionalString(m, "edit_url");
      if (editUrl.isPresent() && !editUrl.get().matches("https?://\\S+")) {
        throw error(m.get("edit_url").getValueNode(), "site.edit_url must be an http(s) URL with {path}, got '" + editUrl.get() + "'");
      }
      Optional<String> styleName = optionalString(m, "url_style");
      UrlStyle style = styleName.isEmpty() ? SiteConfig.DEFAULT.urlStyle() : UrlStyle.named(styleName.get())
          .orElseThrow(() -> error(m.get("url_style").getValueNode(), "site.url_style must be one of "
              + String.join(", ", UrlStyle.NAMES) + ", got '" + styleName.get() + "'"));
      Optional<String> basePath = optionalString(m, "base_path");
      String base = basePath.isEmpty() ? "/" : SiteUrls.normalBasePath(basePath.get());
      if (base == null) {
        throw error(m.get("base_path").getValueNode(), "site.base_path must be the path the set's own site lives "
            + "under, like /manual/, got '" + basePath.get() + "'");
      }
      return new SiteConfig(
          optionalString(m, "title").orElse(SiteConfig.DEFAULT.title()),
          baseUrl,
          editUrl,
          optionalString(m, "theme_dir"),
          style,
          base);
    }

    private ReviewInterval interval(Node node) throws ConfigException {
      String v = node instanceof ScalarNode s ? s.getValue() : "";
      return ReviewInterval.parse(v)
          .orElseThrow(() -> error(node, "'" + v + "' is not an interval: use "
              + ReviewInterval.FORMS));
    }

    /**
     * How many days before the due date RB403 warns: an interval ({@link ReviewInterval#parse}),
     * or zero ({@code 0}, {@code 0d}, {@code 0w}, any case, spaces allowed as in {@code 5 d}).
     */
    private int warnBefore(Node node) throws ConfigException {
      if (!(node instanceof ScalarNode s)) {
        throw error(node, "review.warn_before must be a single value, like 14d");
      }
      String v = s.getValue();
      if (ZERO.matcher(v.strip()).matches()) {
        return 0;
      }
      return ReviewInterval.parse(v).map(ReviewInterval::days)
          .orElseThrow(() -> error(node, "review.warn_before '" + v + "' is not a duration: use a count like 14d or "
              + "2w, 0d to warn on the due date only, or monthly, quarterly, semiannual or annual"));
    }

    Map<String, NodeTuple> mapping(Node node, String what) throws ConfigException {
      if (node instanceof ScalarNode s && SafeYaml.isNull(s)) {
        return Map.of();
      }
      if (!(node instanceof MappingNode m)) {
        throw error(node, what + " must be a mapping of keys to values");
      }
      Map<String, NodeTuple> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          throw error(t.getKeyNode(), "keys must be plain words");
        }
        out.put(k.getValue(), t);
      }
      return out;
    }

    private void checkKeys(Map<String, NodeTuple> m, Set<String> allowed, String prefix)
        throws ConfigException {
      for (Map.Entry<String, NodeTuple> e : m.entrySet()) {
        if (!allowed.contains(e.getKey())) {
          throw error(e.getValue().getKeyNode(), "unknown key '" + prefix + e.getKey()
              + "': allowed here are " + new java.util.TreeSet<>(allowed));
        }
      }
    }

    private Optional<String> optionalString(Map<String, NodeTuple> m, String key)
        throws ConfigException {
      NodeTuple t = m.get(key);
      if (t == null) {
        return Optional.empty();
      }
      if (!(t.getValueNode() instanceof ScalarNode s)) {
        throw error(t.getValueNode(), "'" + key + "' must be a single value");
      }
      return SafeYaml.isNull(s) ? Optional.empty() : Optional.of(s.getValue().trim());
    }

    private List<String> stringList(Map<String, NodeTuple> m, String key, List<String> dflt)
        throws ConfigException {
      NodeTuple t = m.get(key);
      return t == null ? dflt : strings(t.getValueNode(), key);
    }

    /** A list of globs, each compiled as the file walkers will: a bad one names its line. */
    private List<String> globs(Map<String, NodeTuple> m, String key, String label) throws ConfigException {
      NodeTuple t = m.get(key);
      if (t == null) {
        return List.of();
      }
      List<String> globs = strings(t.getValueNode(), key);
      List<Node> nodes = t.getValueNode() instanceof SequenceNode seq ? seq.getValue() : List.of(t.getValueNode());
      for (int i = 0; i < globs.size(); i++) {
        Optional<String> problem = Globs.problem(globs.get(i));
        if (problem.isPresent()) {
          throw error(nodes.get(i), problem.get().replaceFirst("': ", "' in '" + label + "': "));
        }
      }
      return globs;
    }

    /** Where each string of a list (or the one scalar) is written. */
    private Map<String, Position> placesOf(NodeTuple t) {
      if (t == null) {
        return Map.of();
      }
      List<Node> nodes = t.getValueNode() instanceof SequenceNode seq ? seq.getValue() : List.of(t.getValueNode());
      Map<String, Position> at = new LinkedHashMap<>();
      for (Node n : nodes) {
        if (n instanceof ScalarNode s) {
          at.putIfAbsent(s.getValue(), new Position(SafeYaml.line(n), SafeYaml.column(n)));
        }
      }
      return at;
    }

    private List<String> strings(Node node, String key) throws ConfigException {
      if (node instanceof ScalarNode s && !SafeYaml.isNull(s)) {
        return List.of(s.getValue());
      }
      if (!(node instanceof SequenceNode seq)) {
        throw error(node, "'" + key + "' must be a list of strings");
      }
      List<String> out = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (!(item instanceof ScalarNode s) || SafeYaml.isNull(s)) {
          throw error(item, "'" + key + "' must be a list of strings");
        }
        out.add(s.getValue());
      }
      return out;
    }

    private ConfigException error(Node node, String message) {
      return new ConfigException(file, SafeYaml.line(node), message);
    }
  }
}
