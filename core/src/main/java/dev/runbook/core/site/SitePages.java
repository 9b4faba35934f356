package dev.runbook.core.site;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.report.RuleInfo;
import dev.runbook.core.site.render.PagePaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The page each document of a set is published on, as a site build with the config's theme
 * names them ({@link PagePaths}): what a runbook URL on the published site points at. Stateless.
 */
public final class SitePages {
  private SitePages() {}

  /** Document path to page path; with the default theme when the config's theme cannot be read. */
  public static Map<String, String> of(RunbookSet set, SetIndex index, Config config, List<RuleInfo> rules) {
    Theme theme;
    try {
      theme = Theme.load(config.site().themeDir().map(dir -> config.source()
          .map(src -> src.toAbsolutePath().getParent().resolve(dir)).orElse(Path.of(dir))));
    } catch (SiteException e) {
      return PagePaths.of(set, java.util.Map.of(), index.urls().style()).all();
    }
    return PagePaths.of(set, ReservedPaths.of(set, index, rules, theme), index.urls().style()).all();
  }
}
