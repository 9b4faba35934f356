package dev.runbook.cli;

import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.check.CheckResult;
import dev.runbook.core.check.CheckRunner;
import dev.runbook.core.model.TextChangedException;
import dev.runbook.core.publish.SitePublisher;
import dev.runbook.core.site.SiteException;
import dev.runbook.core.site.SiteResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runbook build [ROOT] [-o DIR]}: lints, prints findings, then writes the static site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Lint runbooks, print the findings, then publish them as a static HTML site.",
      "The output folder is replaced as a whole, and only when it is new, empty or a site an earlier build wrote "
          + "that holds nothing else (its .runbook-site file lists every file in it)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the site was written (with --strict: and nothing at or above the fail level)",
      "1:with --strict, findings at or above the fail level; the site was not written",
      "2:usage or configuration error, files that could not be read, an output folder that is not a site, or a"
          + " runbook changed while the site was built",
      "3:internal error, such as a generated site that fails its own link check"
    })
final class BuildCommand implements Callable<Integer> {
  static final Path DEFAULT_OUTPUT = Path.of("target", "runbook-site");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ROOT", arity = "0..1",
      description = "the runbook folder (default: runbook.yml's root, else ./runbooks)")
  Path root;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "where the site goes (default: target/runbook-site)")
  Path output;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "the site's public address, for sitemap.xml and canonical links (default: site.base_url)")
  String baseUrl;

  @Option(names = "--strict", description = "exit 1 and keep the previous site when check would fail")
  boolean strict;

  @Mixin LintOptions lint = new LintOptions();

  private final Environment env;

  BuildCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (baseUrl != null && !SitePublisher.isBaseUrl(baseUrl)) {
        throw new UsageException("--base-url must be an http(s) URL, not '" + baseUrl + "'");
      }
      CheckRunner plain = new CheckRunner();
      SitePublisher publisher = new SitePublisher(plain.rules());
      // The check's loader hands each parse tree to the publisher, so no body is parsed twice.
      LintRun run = new LintRun(env, lint, out, err, plain.withTrees(publisher::renderer), "build");
      CheckOptions options = run.checkOptions(Optional.ofNullable(root), List.of());
      CheckResult result = run.run(options);
      int lintStatus = run.exitCode(result);
      if (strict && lintStatus != ExitCodes.OK) {
        err.println("runbook: the site was not written (--strict): fix the findings above first");
        return lintStatus;
      }
      Path target = env.workingDir().resolve(output == null ? DEFAULT_OUTPUT : output).normalize();
      SiteResult site;
      try {
        site = publisher.publish(target, Optional.ofNullable(baseUrl), options, result, run.siteProgress());
      } finally {
        run.endProgress();
      }
      if (!lint.quiet) {
        site.notes().forEach(n -> err.println("runbook: note: " + n));
        PrintWriter summary = "text".equals(lint.format) ? out : err;
        summary.println("Published " + site.pages() + " pages (" + site.files() + " files) to "
            + display(site.output()));
        summary.flush();
      }
      return result.incomplete() ? ExitCodes.USAGE : ExitCodes.OK;
    } catch (UsageException e) {
      err.println("runbook: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (SiteException e) {
      err.println("runbook: " + e.getMessage());
      return e.kind() == SiteException.Kind.INVALID_OUTPUT ? ExitCodes.INTERNAL : ExitCodes.USAGE;
    } catch (TextChangedException e) {
      // A runbook read back (its text was let go after its checks) is no longer what was checked.
      err.println("runbook: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private String display(Path site) {
    Path wd = env.workingDir().toAbsolutePath().normalize();
    return site.startsWith(wd) && !site.equals(wd) ? wd.relativize(site).toString() : site.toString();
  }
}
