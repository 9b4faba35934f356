import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Benchmark of {@code runbook lsp} (not a test): starts the real launcher as an editor would,
 * opens one runbook of the set and times, from sending each edit (didChange, the whole text) to
 * receiving that buffer's diagnostics, 40 edits that alternately break and mend a link (median,
 * 90th percentile, max); also the time to initialize (the set's first load) and to the first
 * diagnostics. Runs against a folder with runbooks (the workspace folder an editor would open).
 *
 * <pre>
 * mvn -q -B -pl cli -am package -DskipTests                 # the jar the launcher runs
 * python3 bench/gen_corpus.py /tmp/c600 600                  # once
 * java -cp cli/target/runbook.jar bench/LspBench.java runbooks
 * java -cp cli/target/runbook.jar bench/LspBench.java /tmp/c600 [edits]
 * </pre>
 */
public class LspBench {
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "runbooks").toAbsolutePath().normalize();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    Path file;
    try (Stream<Path> s = Files.walk(folder)) {
      // A runbook with a link in it, not an index page: the edit breaks and mends a link.
      file = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted().filter(p -> read(p).contains("](")).findFirst().orElseThrow();
    }
    String text = read(file);
    System.out.println("folder " + folder + ", editing " + folder.relativize(file) + ", RUNBOOK_JAVA_OPTS="
        + System.getenv().getOrDefault("RUNBOOK_JAVA_OPTS", ""));

    BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    Process lsp = new ProcessBuilder(Path.of("runbook").toAbsolutePath().toString(), "lsp")
        .directory(folder.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    var launcher = LSPLauncher.createClientLauncher(new Client(published), lsp.getInputStream(), lsp.getOutputStream());
    launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();

    long t0 = System.nanoTime();
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "bench")));
    init.setCapabilities(new ClientCapabilities());
    server.initialize(init).get(120, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    System.out.printf("initialize (start and load the set): %d ms%n", ms(t0));

    String uri = file.toUri().toString();
    long t1 = System.nanoTime();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
    int first = next(published, uri).getDiagnostics().size();
    System.out.printf("didOpen to first diagnostics: %d ms (%d findings)%n", ms(t1), first);

    List<Long> times = new ArrayList<>();
    int version = 1;
    for (int i = 0; i < edits; i++) {
      String edited = i % 2 == 0 ? text.replaceFirst("\\]\\(", "](missing-") : text;
      long t = System.nanoTime();
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(uri, ++version), List.of(new TextDocumentContentChangeEvent(edited))));
      int found = next(published, uri).getDiagnostics().size();
      times.add(System.nanoTime() - t);
      if (i < 2) {
        System.out.printf("  edit %d: %d findings%n", i + 1, found);
      }
    }
    Collections.sort(times);
    System.out.printf("edit to diagnostics over %d edits: median %.1f ms, p90 %.1f ms, max %.1f ms%n", edits,
        times.get(times.size() / 2) / 1e6, times.get((int) (times.size() * 0.9)) / 1e6, times.get(times.size() - 1) / 1e6);
    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();
    System.out.println("exit status " + lsp.waitFor());
  }

  static PublishDiagnosticsParams next(BlockingQueue<PublishDiagnosticsParams> q, String uri) throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams p = q.poll(60, TimeUnit.SECONDS);
      if (p == null) {
        throw new IllegalStateException("no diagnostics for " + uri + " within 60 s");
      }
      if (p.getUri().equals(uri)) {
        return p;
      }
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  record Client(BlockingQueue<PublishDiagnosticsParams> published) implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) { }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      published.add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams params) {
      System.out.println("server says: " + params.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) { }
  }
}
