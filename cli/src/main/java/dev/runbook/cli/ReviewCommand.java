package dev.runbook.cli;

import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.config.ConfigException;
import dev.runbook.core.config.ConfigLoader;
import dev.runbook.core.config.ProjectLocator;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.write.ReviewStamp;
import dev.runbook.core.write.Stamped;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runbook review PATH… [--by NAME] [--date DATE]}: records a review in the front matter. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Record a review in the front matter.",
      "Sets last_reviewed (and reviewed_by) in each file's front matter, adding the front matter "
          + "if missing and changing no other byte of the file."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file records the review",
      "2:a file could not be stamped (it was left untouched: read-only, not a runbook, "
          + "front matter that cannot be changed safely), or a bad option",
      "3:an internal error on some file (it was left untouched, the others were stamped)"
    })
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "the runbook files that were reviewed")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--by", paramLabel = "NAME", description = "who reviewed (sets reviewed_by)")
  String by;

  @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
      description = "the date of the review, YYYY-MM-DD (default: today)")
  LocalDate date;

  private final Environment env;

  ReviewCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate today = LocalDate.now(env.clock());
    LocalDate when = date == null ? today : date;
    if (when.isAfter(today)) {
      err.println("runbook: --date " + when + " is in the future (today is " + today
          + "): record a review on or after the day it happened");
      return ExitCodes.USAGE;
    }
    if (by != null && (by.isBlank() || by.contains("\n") || by.contains("\r"))) {
      err.println("runbook: --by needs a name on one line, e.g. --by \"Jonas Becker\"");
      return ExitCodes.USAGE;
    }
    boolean failed = false;
    boolean internal = false;
    Map<Optional<Path>, ReviewStamp> stamps = new HashMap<>();
    for (Path p : paths) {
      Path file = env.workingDir().resolve(p);
      String label = WriterSetup.label(env, file);
      try {
        ReviewStamp stamp = stamp(stamps, file, when);
        Stamped s = stamp.applyTo(file);
        out.println(label + ": " + (s.changed() ? String.join("; ", s.changes())
            : "already records a review on " + when + (by == null ? "" : " by " + by.strip())));
      } catch (EditRefused e) {
        err.println("runbook: " + label + ": " + e.getMessage());
        failed = true;
      } catch (RuntimeException e) {
        // A bug must not stop the batch: this file is left as it was, the others go on.
        err.println("runbook: " + label + ": could not record the review (internal error: " + e
            + "); left untouched: please report this, with the file if you can");
        internal = true;
      }
    }
    return internal ? ExitCodes.INTERNAL : failed ? ExitCodes.USAGE : ExitCodes.OK;
  }

  /**
   * The stamp for one file: the review date goes in the key the file's {@code runbook.yml} maps
   * to {@code last_reviewed} ({@code front_matter:}), else in {@code last_reviewed}.
   */
  private ReviewStamp stamp(Map<Optional<Path>, ReviewStamp> stamps, Path file, LocalDate when) throws EditRefused {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Optional<Path> config;
    try {
      config = folder == null ? Optional.empty() : ProjectLocator.configUp(folder);
    } catch (ConfigException e) {
      throw new EditRefused("left untouched: " + e.getMessage());
    }
    ReviewStamp known = stamps.get(config);
    if (known != null) {
      return known;
    }
    List<String> keys = List.of();
    if (config.isPresent()) {
      try {
        CheckRunner runner = new CheckRunner();
        keys = new ConfigLoader(runner.ruleIds(), runner.ruleIdsByName()).load(config.get()).frontMatter().keys()
            .getOrDefault("last_reviewed", List.of());
      } catch (ConfigException e) {
        throw new EditRefused("left untouched: " + e.getMessage());
      }
    }
    ReviewStamp stamp = new ReviewStamp(when, Optional.ofNullable(by), keys);
    stamps.put(config, stamp);
    return stamp;
  }
}
