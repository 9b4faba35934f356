package dev.runbook.cli.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The workspace half: files changed on disk (by a save, git, another program) are read again; a
 * changed config loads the whole set again. Editor settings are not used.
 */
final class RunbookWorkspace implements WorkspaceService {
  private final Session session;
  private final Runnable reload;

  RunbookWorkspace(Session session, Runnable reload) {
    this.session = session;
    this.reload = reload;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // No editor settings: everything comes from runbook.yml.
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    List<String> paths = new ArrayList<>();
    for (FileEvent e : params.getChanges()) {
      Optional<Path> file = Uris.path(e.getUri());
      if (file.isEmpty()) {
        continue;
      }
      String name = file.get().getFileName().toString();
      if (session.set == null || name.equals("runbook.yml") || name.equals("runbook.yaml")
          || name.equals(".runbook.yml")) {
        reload.run();
        return;
      }
      // Folders too: a folder of runbooks moved in or deleted.
      session.set.below(file.get()).ifPresent(paths::add);
    }
    if (!paths.isEmpty()) {
      session.set.filesChanged(paths);
      session.publishAll();
    }
  }
}
