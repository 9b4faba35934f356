package dev.runbook.core.rules;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.model.Suppression;
import dev.runbook.core.report.Diagnostic;
import dev.runbook.core.report.Report;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.rules.external.LinkStatus;
import dev.runbook.core.work.Workers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs the enabled rules over every document of a set and collects a {@link Report}. Rules that
 * are off are skipped; structure, risk and review rules skip index pages and {@code moved_to}
 * stubs; suppression comments drop findings. Thread-safe; immutable.
 */
public final class Linter {
  private final List<Rule> rules;
  private final Config config;
  private final Clock clock;
  private final int threads;
  /** The top-level template and one per kind: the config and required sections that apply. */
  private final Template topLevel;
  private final Map<String, Template> kinds = new java.util.HashMap<>();
  /** The root as people see it from where they ran the command: hints name files from there. */
  private final String shownRoot;

  /** The configuration that applies to a runbook (its kind's, or the top-level one) and its sections. */
  private record Template(Config config, RequiredSections sections) {
    Template(Config config) {
      this(config, new RequiredSections(config));
    }
  }
  /** Each rule's name in upper case by its ID, as suppression comments hold them. */
  private final Map<String, String> names;

  public Linter(List<Rule> rules, Config config, Clock clock, int threads) {
    this(enabled(rules, config), config, clock, threads, "");
  }

  private Linter(List<Rule> enabled, Config config, Clock clock, int threads, String shownRoot) {
    this.rules = enabled;
    this.config = config;
    this.clock = clock;
    this.threads = Math.max(1, threads);
    this.topLevel = new Template(config);
    config.kinds().forEach(k -> kinds.put(k.name(), new Template(config.forKind(k))));
    this.shownRoot = shownRoot;
    this.names = this.rules.stream().collect(java.util.stream.Collectors.toMap(
        r -> r.info().id(), r -> r.info().name().toUpperCase(java.util.Locale.ROOT), (x, y) -> x));
  }

  /** The rules on for the top level or for some kind. */
  private static List<Rule> enabled(List<Rule> rules, Config config) {
    List<Config> all = new ArrayList<>(List.of(config));
    config.kinds().forEach(k -> all.add(config.forKind(k)));
    return rules.stream().filter(r -> all.stream().anyMatch(c -> !c.rule(r.info().id()).off())).toList();
  }

  /**
   * The same linter, its hints naming files as seen from where the command ran: {@code shownRoot}
   * is the root from there ({@code runbooks}, {@code ../runbooks}), so that a hint such as {@code
   * runbook review runbooks/x.md} works when pasted.
   */
  public Linter showingPathsFrom(String shownRoot) {
    return new Linter(rules, config, clock, threads, shownRoot);
  }

  private Template templateOf(Runbook doc) {
    return config.kinds().isEmpty() ? topLevel
        : config.kindOf(doc.path(), doc.frontMatter()).map(k -> kinds.get(k.name())).orElse(topLevel);
  }

  public List<RuleInfo> enabledRules() {
    return rules.stream().map(Rule::info).toList();
  }

  /** Checks the set; {@code rootLabel} is the root as the user named it, for reports. */
  public Report check(RunbookSet set, String rootLabel, Map<String, LinkStatus> external) {
    return check(set, new SetIndex(set, config.site().urls(), threads), rootLabel, external);
  }

  /** Checks the set against an index of it that the caller built (and may use again, as the site does). */
  public Report check(RunbookSet set, SetIndex index, String rootLabel, Map<String, LinkStatus> external) {
    return check(set, index, rootLabel, external, early());
  }

  /**
   * As {@link #check(RunbookSet, SetIndex, String, Map)}, taking the findings of the rules that
   * read one document from {@code early}, which heard the set's documents as they loaded.
   */
  public Report check(RunbookSet set, SetIndex index, String rootLabel, Map<String, LinkStatus> external,
      Early early) {
    return check(set, index, rootLabel, external, early, path -> true);
  }

  /**
   * As {@link #check(RunbookSet, SetIndex, String, Map, Early)}, linting only the documents whose
   * path {@code reported} accepts (the others have no findings in the report): each document's
   * findings are the same whichever others are linted.
   */
  public Report check(RunbookSet set, SetIndex index, String rootLabel, Map<String, LinkStatus> external,
      Early early, java.util.function.Predicate<String> reported) {
    List<Runbook> docs = set.documents();
    List<Diagnostic>[] perDoc = newLists(docs.size());
    SectionWording wording = SectionWording.of(docs, config);
    Workers.forEach(docs.size() < 16 ? 1 : threads, docs.size(),
        i -> perDoc[i] = reported.test(docs.get(i).path()) ? checkOne(docs.get(i), index, external, early, wording) : List.of());
    List<Diagnostic> all = new ArrayList<>();
    for (List<Diagnostic> found : perDoc) {
      all.addAll(found);
    }
    List<String> files = docs.stream().map(Runbook::path).toList();
    return new Report(rootLabel, files, all, enabledRules());
  }

  @SuppressWarnings("unchecked")
  private static List<Diagnostic>[] newLists(int n) {
    return (List<Diagnostic>[]) new List<?>[n];
  }

  /**
   * Checks some documents of a set whose index is built already: {@code runbook serve} re-checks
   * only what a change touched. Gives each document the findings {@link #check} would give it
   * (before sorting).
   */
  public List<Diagnostic> check(Collection<Runbook> docs, SetIndex index, Map<String, LinkStatus> external) {
    Early early = early();
    SectionWording wording = SectionWording.of(index.set().documents(), config);
    List<Diagnostic> all = new ArrayList<>();
    for (Runbook doc : docs) {
      all.addAll(checkOne(doc, index, external, early, wording));
    }
    return all;
  }

  /**
   * A collector of the findings of the rules that read only their document ({@link
   * Rule#readsSet}): pass it to the loader to hear each document as it is made, and the loader's
   * threads do that part of the check while the set still loads.
   */
  public Early early() {
    return new Early(LocalDate.now(clock));
  }

  /** Findings of the rules that read one document, by document path; thread-safe. */
  public final class Early implements Consumer<Runbook> {
    private final LocalDate today;
    private final Map<String, Found> found = new ConcurrentHashMap<>();

    private Early(LocalDate today) {
      this.today = today;
    }

    /** Checks {@code doc} with the rules that read only it. */
    @Override
    public void accept(Runbook doc) {
      found.put(doc.path(), new Found(doc, alone(doc, today)));
    }

    /** The findings for {@code doc}: kept from when it loaded, else made now. */
    private List<Diagnostic> of(Runbook doc) {
      Found f = found.get(doc.path());
      return f != null && f.doc() == doc ? f.diagnostics() : alone(doc, today);
    }
  }

  private record Found(Runbook doc, List<Diagnostic> diagnostics) {}

  /** The findings of the rules that read only {@code doc}, with no set around it ({@code fix --dry-run} masking). */
  public List<Diagnostic> checkAlone(Runbook doc) {
    return alone(doc, LocalDate.now(clock));
  }

  private List<Diagnostic> alone(Runbook doc, LocalDate today) {
    List<Diagnostic> found = new ArrayList<>();
    run(doc, false, null, today, null, SectionWording.CONFIGURED, found);
    return found;
  }

  private List<Diagnostic> checkOne(Runbook doc, SetIndex index, Map<String, LinkStatus> external, Early early,
      SectionWording wording) {
    List<Diagnostic> found = new ArrayList<>(early.of(doc));
    run(doc, true, index, early.today, external, wording, found);
    found = SecretLines.masked(found);
    if (doc.suppressions().isEmpty()) {
      return found;
    }
    return found.stream().filter(d -> !suppressed(doc, d, names)).toList();
  }

  /** Runs the rules that apply to {@code doc} and do ({@code readingSet}) or do not read the set. */
  private void run(Runbook doc, boolean readingSet, SetIndex index, LocalDate today,
      Map<String, LinkStatus> external, SectionWording wording, List<Diagnostic> found) {
    boolean structural = doc.isRunbook() && !doc.isMovedStub();
    Template template = templateOf(doc);
    DocumentSections sections = new DocumentSections(template.sections(), doc);
    boolean binary = doc.encodingProblems().stream()
        .anyMatch(p -> p.kind() == dev.runbook.core.model.EncodingProblem.Kind.BINARY);
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      if (rule.readsSet() != readingSet
          || info.scope() == RuleInfo.Scope.RUNBOOKS && !structural
          || binary && !info.id().equals("RB501")
          || template.config().rule(info.id()).off()) {
        continue;
      }
      rule.check(new RuleContext(doc, index, template.config(), today, external, info, found, sections, wording,
          shownRoot));
    }
  }

  /** A suppression names a rule by its ID or its name: {@code runbook-disable-next-line broken-link}. */
  private static boolean suppressed(Runbook doc, Diagnostic d, Map<String, String> names) {
    String name = names.getOrDefault(d.rule(), d.rule());
    for (Suppression s : doc.suppressions()) {
      if (s.covers(d.rule(), d.line()) || s.covers(name, d.line())) {
        return true;
      }
    }
    return false;
  }
}
