package dev.runbook.core.preview;

import dev.runbook.core.alerts.AlertCatalog;
import dev.runbook.core.alerts.AlertRulesFile;
import dev.runbook.core.alerts.RulesFiles;
import dev.runbook.core.check.CheckOptions;
import dev.runbook.core.config.Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The alerting-rule files a preview depends on: the globs that name them ({@code alerts.rules}
 * relative to the config's folder, {@code --alerts} relative to the working folder) and the files
 * they named at the last build. They may lie outside the runbook folder, so the folders the globs
 * reach are watched too; a change to a file a glob names (a new one included) or to one read
 * before (a deleted one included) means the alerts must be read again. Immutable.
 *
 * @param globs each glob with the folder it is relative to
 * @param files the rules files read at the last build, absolute
 */
record RulesWatch(List<BasedGlob> globs, Set<Path> files) {
  static final RulesWatch NONE = new RulesWatch(List.of(), Set.of());

  /** A glob and the folder it is relative to. */
  record BasedGlob(Path base, String glob) {}

  RulesWatch {
    globs = List.copyOf(globs);
    files = Set.copyOf(files);
  }

  static RulesWatch of(CheckOptions options, Config config, AlertCatalog alerts) {
    List<BasedGlob> globs = new ArrayList<>();
    Path configFolder = config.folder().orElse(options.workingDir().toAbsolutePath());
    config.alerts().rules().forEach(g -> globs.add(new BasedGlob(configFolder, g)));
    Path wd = options.workingDir().toAbsolutePath();
    options.alertRules().forEach(g -> globs.add(new BasedGlob(wd, g)));
    Set<Path> files = new TreeSet<>();
    for (AlertRulesFile f : alerts.files()) {
      files.add(f.file().toAbsolutePath().normalize());
    }
    return new RulesWatch(globs, files);
  }

  /** The folders to watch, with their sub-folders: where each glob's pattern starts. */
  List<Path> folders() {
    Set<Path> folders = new TreeSet<>();
    for (BasedGlob g : globs) {
      folders.add(RulesFiles.folderOf(g.base(), g.glob()));
    }
    // A folder inside another watched one adds nothing.
    List<Path> top = new ArrayList<>();
    for (Path f : folders) {
      if (top.stream().noneMatch(f::startsWith)) {
        top.add(f);
      }
    }
    return top;
  }

  /** True when a change to {@code abs} changes the alerts: a file read before, or one a glob names. */
  boolean concerns(Path abs) {
    Path p = abs.toAbsolutePath().normalize();
    return files.contains(p) || globs.stream().anyMatch(g -> RulesFiles.matches(g.base(), g.glob(), p));
  }
}
