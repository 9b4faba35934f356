package dev.runbook.cli;

import dev.runbook.core.check.CheckFailure;
import dev.runbook.core.parse.DocumentKinds;
import dev.runbook.core.parse.RunbookParser;
import dev.runbook.core.parse.RunbookSetLoader;
import dev.runbook.core.fix.FileFix;
import dev.runbook.core.fix.FileFixer;
import dev.runbook.core.fix.Fixer;
import dev.runbook.core.rules.SectionWording;
import dev.runbook.core.model.DocumentKind;
import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runbook fix [PATH…] [--dry-run]}: applies the safe fixes. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Apply the safe fixes, or show them as a diff.",
      "Repairs mojibake, removes a byte-order mark, sets the risk line to the front matter's level, "
          + "adds missing required sections as skeletons and renumbers broken steps. Files are written "
          + "atomically, keeping line endings and permissions; a file that cannot be read safely is left untouched."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every file was fixed or needed nothing",
      "2:a file could not be fixed (it was left untouched: read-only, unreadable, not safe to change), "
          + "or a usage or configuration error",
      "3:a fix failed with an internal error on some file (it was left untouched, the others were fixed)"
    })
final class FixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "files to fix, or the runbook folder (default: every Markdown file in the root)")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--dry-run", description = "print a unified diff of the fixes (credentials masked) and change "
      + "nothing; exit 1 when something would change, 0 when nothing would")
  boolean dryRun;

  @Option(names = "--config", paramLabel = "FILE", description = "runbook.yml to use (default: found from the root upwards)")
  Path config;

  private final Environment env;

  FixCommand(Environment env) {
    this.env = env;
  }

  /** One file to fix. */
  private record Target(Path file, String path, DocumentKind kind) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      boolean failed = false;
      Optional<Path> root = Optional.empty();
      List<Path> files = new ArrayList<>();
      for (Path p : paths) {
        Path abs = env.workingDir().resolve(p);
        if (Files.isRegularFile(abs)) {
          files.add(abs);
        } else if (Files.isDirectory(abs) && root.isEmpty()) {
          root = Optional.of(p);
        } else if (Files.isDirectory(abs)) {
          throw new UsageException("name one runbook folder, not '" + root.get() + "' and '" + p + "'");
        } else {
          err.println("runbook: " + p + ": does not exist: name a Markdown file or the runbook folder");
          failed = true;
        }
      }
      if (failed && files.isEmpty() && root.isEmpty()) {
        return ExitCodes.USAGE;
      }
      WriterSetup setup = WriterSetup.of(env, root, Optional.ofNullable(config), RootHint.folderArgument("fix"));
      List<Target> targets = new ArrayList<>();
      failed |= collect(setup, files, targets, err);
      int skipped = files.size() - targets.size();
      FileFixer fixer = new FileFixer(new Fixer(setup.config(), wording(setup)));
      int fixed = 0;
      int refused = 0;
      int internal = 0;
      for (Target t : targets) {
        FileFix result = fixer.fix(t.file(), t.path(), WriterSetup.label(env, t.file()), t.kind(), !dryRun);
        print(result, out, err);
        fixed += result.status() == FileFix.Status.FIXED ? 1 : 0;
        refused += result.status() == FileFix.Status.REFUSED ? 1 : 0;
        internal += result.status() == FileFix.Status.FAILED ? 1 : 0;
      }
      (dryRun ? err : out).println(summary(targets.size(), fixed, refused + internal, Math.max(0, skipped)));
      if (internal > 0) {
        return ExitCodes.INTERNAL;
      }
      if (failed || refused > 0) {
        return ExitCodes.USAGE;
      }
      // Like 'ruff --diff': a dry run that would change something fails, so CI can require fixed files.
      return dryRun && fixed > 0 ? ExitCodes.VIOLATIONS : ExitCodes.OK;
    } catch (UsageException e) {
      err.println("runbook: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  /**
   * How the set writes its sections, so a missing one is added in the set's words ({@code ## 缓解});
   * the set is read for it only when some section has aliases.
   */
  private SectionWording wording(WriterSetup setup) throws UsageException {
    if (!SectionWording.hasAliases(setup.config())) {
      return SectionWording.CONFIGURED;
    }
    try {
      RunbookSet set = setup.runner().load(setup.root().toAbsolutePath().normalize(), setup.config(),
          Runtime.getRuntime().availableProcessors());
      return SectionWording.of(set.documents(), setup.config());
    } catch (CheckFailure e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The named files that the check reads (others, outside the root or excluded, are skipped: a
   * hook passes every changed Markdown file), or every document of the root; true when some
   * could not be read.
   */
  private boolean collect(WriterSetup setup, List<Path> files, List<Target> targets, PrintWriter err)
      throws UsageException {
    Path root = setup.root().toAbsolutePath().normalize();
    if (!files.isEmpty()) {
      DocumentKinds kinds = new DocumentKinds(setup.config().documents());
      RunbookSetLoader loader = new RunbookSetLoader(setup.config().exclude(), setup.config().documents(),
          setup.config().parser(), 1);
      Path realRoot = realPath(root);
      for (Path f : files) {
        Path real = realPath(f);
        String path = realRoot.relativize(real).toString().replace('\\', '/');
        if (real.startsWith(realRoot) && loader.reads(realRoot, path)) {
          targets.add(new Target(f, path, kinds.of(path)));
        }
      }
      return false;
    }
    RunbookSet set;
    try {
      set = setup.runner().load(root, setup.config(), Runtime.getRuntime().availableProcessors());
    } catch (CheckFailure e) {
      throw new UsageException(e.getMessage());
    }
    boolean failed = false;
    for (LoadProblem p : set.problems()) {
      if (p.fatal()) {
        err.println("runbook: " + WriterSetup.label(env, set.root().resolve(p.path())) + ": " + p.message());
        failed = true;
      }
    }
    for (Runbook r : set.documents()) {
      targets.add(new Target(r.file(), r.path(), r.kind()));
    }
    return failed;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private void print(FileFix result, PrintWriter out, PrintWriter err) {
    if (result.status() == FileFix.Status.REFUSED || result.status() == FileFix.Status.FAILED) {
      err.println("runbook: " + result.label() + ": " + result.problem().orElse("could not be fixed"));
      return;
    }
    PrintWriter report = dryRun ? err : out;
    if (result.status() == FileFix.Status.FIXED) {
      report.println(result.label() + ": " + (dryRun ? "would fix" : "fixed"));
      result.changes().forEach(c -> report.println("  - " + c));
      if (dryRun) {
        out.print(result.diff());
        out.flush();
      }
    }
    for (String note : result.notes()) {
      report.println(result.label() + ": left for you: " + note);
    }
  }

  private String summary(int files, int fixed, int refused, int skipped) {
    String verb = dryRun ? "would fix " : "fixed ";
    return "runbook: " + verb + fixed + " of " + files + " file" + (files == 1 ? "" : "s")
        + (skipped > 0 ? ", " + skipped + " skipped (outside the runbook root or excluded)" : "")
        + (refused > 0 ? "; " + refused + " left untouched (see above)" : "")
        + (dryRun ? "; nothing was changed (--dry-run)" : "");
  }
}
