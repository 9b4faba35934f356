package dev.runbook.cli;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.edit.EditRefused;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.report.ShellWords;
import dev.runbook.core.write.NewRunbook;
import dev.runbook.core.write.RunbookName;
import dev.runbook.core.write.RunbookTemplate;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runbook new NAME}: writes a skeleton runbook and links it from the index; its guidance is a placeholder. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Write a new runbook from the template.",
      "The runbook is linked from the index page under its category. Its guidance text is a "
          + "placeholder (RB502) and it has no review date (RB401) until you replace the guidance "
          + "with the procedure and run 'runbook review'. Prints the new file's path."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the runbook was written; its path is printed",
      "2:bad name or option, the file exists already, or the folder has no index page"
    })
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "the title (\"Database Failover\") or file name (database-failover)")
  String name;

  @Option(names = "--category", paramLabel = "C", description = "the index heading to list it under (default: Uncategorized)")
  String category;

  @Option(names = "--risk", paramLabel = "R", defaultValue = "medium", completionCandidates = CompletionValues.RiskLevels.class,
      description = "critical, high, medium or low (default: ${DEFAULT-VALUE})")
  String risk;

  @Option(names = "--owner", paramLabel = "O",
      description = "team or person accountable (default: the most common owner in the set)")
  String owner;

  @Option(names = "--root", paramLabel = "DIR", description = "the runbook folder (default: as for check)")
  Path root;

  @Option(names = "--config", paramLabel = "FILE", description = "runbook.yml to use (default: found from the root upwards)")
  Path config;

  @Option(names = "--today", paramLabel = "DATE", converter = DateConverter.class,
      description = "today's date, YYYY-MM-DD, for a theme template's ${today} (default: today); "
          + "the built-in template leaves last_reviewed empty until 'runbook review'")
  LocalDate today;

  private final Environment env;

  NewCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      RiskLevel level = RiskLevel.fromWord(risk).orElseThrow(() ->
          new UsageException("--risk must be critical, high, medium or low, not '" + risk + "'"));
      RunbookName runbookName = RunbookName.parse(name);
      WriterSetup setup = WriterSetup.of(env, Optional.ofNullable(root), Optional.ofNullable(config),
          "runbook new " + ShellWords.quote(name) + " --root path/to/runbooks");
      String who = owner != null ? owner.strip() : usualOwner(setup, err);
      NewRunbook.Request request = new NewRunbook.Request(runbookName,
          category == null || category.isBlank() ? NewRunbook.DEFAULT_CATEGORY : category.strip(),
          level, who, today != null ? today : LocalDate.now(env.clock()));
      NewRunbook writer = new NewRunbook(setup.config(), template(setup), p -> WriterSetup.label(env, p));
      NewRunbook.Created created = writer.create(setup.root(), request);
      spec.commandLine().getOut().println(WriterSetup.label(env, created.file()));
      err.println("runbook: wrote " + WriterSetup.label(env, created.file()) + " (" + level.label()
          + " risk, owner " + who + "); " + created.indexChange());
      err.println("runbook: replace the guidance in each section (RB502 reports it until then), and run 'runbook review "
          + WriterSetup.label(env, created.file()) + "' once someone has checked it");
      return ExitCodes.OK;
    } catch (UsageException | EditRefused e) {
      err.println("runbook: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private String usualOwner(WriterSetup setup, PrintWriter err) throws UsageException {
    try {
      Optional<String> usual = NewRunbook.usualOwner(setup.runner().load(setup.root(), setup.config(), 1));
      if (usual.isPresent()) {
        err.println("runbook: owner '" + usual.get() + "' (the most common owner in "
            + WriterSetup.label(env, setup.root()) + "; choose another with --owner)");
        return usual.get();
      }
    } catch (CheckFailure e) {
      throw new UsageException(e.getMessage());
    }
    throw new UsageException("no owner: pass --owner with the team or person accountable, e.g. --owner \"SRE Team\"");
  }

  /** The theme's runbook-template.md when site.theme_dir has one, else the built-in template. */
  private static RunbookTemplate template(WriterSetup setup) throws EditRefused {
    Optional<Path> themeDir = setup.config().site().themeDir().map(dir ->
        setup.config().source().map(Path::getParent).map(p -> p.resolve(dir)).orElse(Path.of(dir)));
    Optional<Path> file = themeDir.map(d -> d.resolve(RunbookTemplate.FILE_NAME)).filter(Files::isRegularFile);
    return file.isPresent() ? RunbookTemplate.fromFile(file.get()) : RunbookTemplate.builtin();
  }
}
