package dev.runbook.core.write;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.AtomicFile;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.edit.SourceLines;
import dev.runbook.core.edit.YamlScalars;
import dev.runbook.core.fix.SectionGuidance;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.parse.RunbookParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a new runbook from the template into the runbook root and links it from the root's
 * index page. Its guidance text is a placeholder (RB502) and its review date is empty (RB401), so a
 * skeleton never passes as a finished runbook. Never replaces an existing file; when the
 * index cannot be updated the new file is removed again. Thread-safe.
 */
public final class NewRunbook {
  /** The category of a runbook created without one (SPEC §2.4's last resort). */
  public static final String DEFAULT_CATEGORY = "Uncategorized";

  private final Config config;
  private final RunbookTemplate template;
  private final RunbookParser parser = new RunbookParser();
  private final Function<Path, String> display;

  public NewRunbook(Config config, RunbookTemplate template) {
    this(config, template, Path::toString);
  }

  /** @param display how messages name a file (e.g. relative to the user's working folder) */
  public NewRunbook(Config config, RunbookTemplate template, Function<Path, String> display) {
    this.config = config;
    this.template = template;
    this.display = display;
  }

  /**
   * What to create.
   *
   * @param category the category (its heading in the index); {@link #DEFAULT_CATEGORY} if none
   * @param today today, as {@code ${today}} for a team's own template; the built-in template leaves
   *     {@code last_reviewed} empty until someone reviews the runbook
   */
  public record Request(RunbookName name, String category, RiskLevel risk, String owner, LocalDate today) {}

  /**
   * What was created.
   *
   * @param file the new runbook
   * @param index the index page that now links to it
   * @param indexChange what was done to the index, for people
   */
  public record Created(Path file, Path index, String indexChange) {}

  /** @throws EditRefused when the file exists, the root has no index page, or a write failed */
  public Created create(Path root, Request request) throws EditRefused {
    if (!Files.isDirectory(root)) {
      throw new EditRefused("runbook folder " + display.apply(root) + " does not exist: pass the folder that holds your runbooks with --root");
    }
    if (IndexEntry.clean(request.category()).isEmpty()) {
      throw new EditRefused("category '" + request.category() + "' has no letters or digits: name it in words");
    }
    if (request.owner().isBlank() || request.owner().contains("\n")) {
      throw new EditRefused("the owner must be one line of text, e.g. --owner \"SRE Team\"");
    }
    Path file = root.resolve(request.name().fileName());
    if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new EditRefused(display.apply(file) + " already exists: choose another name, or edit that runbook");
    }
    Path indexFile = rootIndex(root).orElseThrow(() -> new EditRefused("no index page (README.md, index.md or _index.md) in "
        + display.apply(root) + ": create one, so the new runbook can be linked from it"));
    IndexEntry.Result index = linkFromIndex(indexFile, request);
    byte[] runbook = render(request, indexFile.getFileName().toString()).getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFile.createNew(file, runbook);
    } catch (FileAlreadyExistsException e) {
      throw new EditRefused(display.apply(file) + " already exists: choose another name, or edit that runbook");
    } catch (IOException e) {
      throw new EditRefused("cannot write " + display.apply(file) + ": " + e.getMessage());
    }
    if (!index.after().equals(index.before())) {
      try {
        AtomicFile.replace(indexFile, index.after().encode());
      } catch (IOException e) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // The message below names the file; nothing more can be done here.
        }
        throw new EditRefused("cannot update " + display.apply(indexFile) + " (" + e.getMessage() + "); "
            + file.getFileName() + " was not created");
      }
    }
    return new Created(file, indexFile, index.description());
  }

  /** The runbook's text: the template filled in. */
  public String render(Request request, String indexFileName) throws EditRefused {
    RiskLevel risk = request.risk();
    String category = request.category().strip();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", request.name().title());
    values.put("title_yaml", YamlScalars.of(request.name().title()));
    values.put("risk", risk.id());
    values.put("risk_emoji", risk.emoji());
    values.put("risk_label", risk.label());
    values.put("owner", request.owner().strip());
    values.put("owner_yaml", YamlScalars.of(request.owner().strip()));
    values.put("today", request.today().toString());
    values.put("review_interval", config.reviewInterval().text());
    values.put("category", category);
    values.put("category_yaml", YamlScalars.of(category));
    values.put("tags", category.equalsIgnoreCase(DEFAULT_CATEGORY) ? "" : RunbookName.kebab(category));
    values.put("index_link", indexFileName);
    values.put("index_title", config.site().title());
    String text = template.render(values);
    // A kind whose globs match the new file's path brings its own sections.
    Config applies = config.kindOf(request.name().fileName(), dev.runbook.core.model.FrontMatter.NONE)
        .map(config::forKind).orElse(config);
    return sameNames(applies.sections(), Config.DEFAULT_SECTIONS) ? text : withConfiguredSections(text, applies);
  }

  /**
   * The template is written for the six default sections; a team that requires others (say
   * Meaning, Impact, Diagnosis, Mitigation) gets those instead, each with its line of guidance.
   */
  private static String withConfiguredSections(String text, Config applies) {
    List<String> lines = text.lines().toList();
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("## ")) {
        break;
      }
      out.add(line);
    }
    for (String name : applies.sections()) {
      out.add("## " + name);
      out.add("");
      out.addAll(SectionGuidance.forSection(name));
      out.add("");
    }
    return String.join("\n", out.subList(0, out.size() - 1)) + "\n";
  }

  private static boolean sameNames(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equalsIgnoreCase(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The most common owner among the set's runbooks, for a new runbook created without one. */
  public static Optional<String> usualOwner(RunbookSet set) {
    Map<String, Long> counts = set.runbooks().stream()
        .map(r -> r.frontMatter().fieldString("owner"))
        .flatMap(Optional::stream)
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .max(Comparator.comparingLong(Map.Entry<String, Long>::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }

  /** The home page, as {@link RunbookSet#rootIndex} picks it: README.md, else index.md, else _index.md. */
  static Optional<Path> rootIndex(Path root) {
    try (java.util.stream.Stream<Path> files = Files.list(root)) {
      return files.filter(p -> DocumentKind.indexRank(p.getFileName().toString()) >= 0)
          .filter(Files::isRegularFile)
          .min(Comparator.comparingInt((Path p) -> DocumentKind.indexRank(p.getFileName().toString()))
              .thenComparing(p -> p.getFileName().toString()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private IndexEntry.Result linkFromIndex(Path indexFile, Request request) throws EditRefused {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(indexFile);
    } catch (IOException e) {
      throw new EditRefused("cannot read " + display.apply(indexFile) + ": " + e.getMessage());
    }
    SourceLines lines;
    try {
      lines = SourceLines.decode(bytes);
    } catch (EditRefused e) {
      throw new EditRefused(display.apply(indexFile) + ": " + e.getMessage());
    }
    Runbook parsed = parser.parse(indexFile.getFileName().toString(), indexFile, DocumentKind.INDEX, bytes);
    return IndexEntry.add(lines, parsed, new IndexEntry.Request(
        request.name().fileName(), request.name().title(), request.category().strip()));
  }
}
