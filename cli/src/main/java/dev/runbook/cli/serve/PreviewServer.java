package dev.runbook.cli.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.runbook.core.preview.PageFindings;
import dev.runbook.core.site.EarlyPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The HTTP side of {@code runbook serve}, on the JDK's server: the site's files from the preview
 * folder (HTML pages get the live script), {@code /__runbook/events} (the reload channel), {@code
 * /__runbook/diagnostics?page=…} (the overlay's data, JSON) and {@code /__runbook/live.js}. Only
 * {@code GET} and {@code HEAD}; requests for another host are refused (403), paths that would
 * leave the site get 404 with no body, missing pages the site's 404 page. Exchanges run on a
 * watched pool ({@link ExchangeWatchdog}): a client that sends half a request, or never reads its
 * answer, is cut off after its {@link Timeouts} and does not hold up the others meanwhile.
 */
public final class PreviewServer implements AutoCloseable {
  /** What the server shows. Both methods are called from many threads. */
  public interface Source {
    /** The folder the site is in now. */
    Path folder();

    /** The overlay's data for a page. */
    PageFindings findings(String page);

    /**
     * The page at a site path made on demand (before the site is built), or empty to answer
     * from {@link #folder()}.
     */
    default Optional<EarlyPages.Page> made(String page) {
      return Optional.empty();
    }

    /** Called when a request for a page or file of the site has been answered (the answer sent). */
    default void answered() {}
  }

  /**
   * How long a client may take. A connection that has sent nothing yet holds no thread (the JDK
   * closes it after its idle time); one past these limits is closed.
   *
   * @param request from the first byte of a request to the end of its headers
   * @param response from the end of the headers to the last byte of the response (the reload
   *     channel, once answered, holds no thread and has no limit)
   */
  public record Timeouts(Duration request, Duration response) {
    /** What {@code runbook serve} uses. */
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));

    public Timeouts {
      if (request.isNegative() || request.isZero() || response.isNegative() || response.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive: " + request + ", " + response);
      }
    }
  }

  private static final String PREFIX = "/__runbook/";
  /**
   * Exchanges that may run at once: clients stuck halfway through a request hold one each until
   * the request timeout, so there are plenty. The reload channel's connections hold none.
   */
  private static final int THREADS = 64;
  /** Open pages listening for changes; more is a page gone wrong, not a writer. */
  private static final int MAX_LISTENERS = 64;
  private static final Pattern BASE = Pattern.compile("(?i)<base\\s[^>]*>\\s*");

  private final HttpServer server;
  private final String host;
  private final HostCheck hosts;
  private final ReloadChannel reload = new ReloadChannel();
  private final ExchangeWatchdog exchanges;
  private final byte[] liveScript;
  private volatile Source source;

  private PreviewServer(HttpServer server, String host, Timeouts timeouts) throws IOException {
    this.server = server;
    this.host = host;
    this.hosts = new HostCheck(host, server.getAddress().getPort());
    this.exchanges = new ExchangeWatchdog("runbook-serve-http", THREADS, timeouts.request(), timeouts.response());
    try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
      if (in == null) {
        throw new IOException("live.js is missing from the runbook jar");
      }
      this.liveScript = in.readAllBytes();
    }
    server.setExecutor(exchanges);
    Filter requestRead = exchanges.requestRead();
    server.createContext("/", this::site).getFilters().add(requestRead);
    server.createContext(PREFIX, this::internal).getFilters().add(requestRead);
  }

  /**
   * Binds the port (0 for any free one) without answering yet, so a port in use is known before
   * the site is built.
   *
   * @throws java.net.BindException when the port is in use
   */
  public static PreviewServer bind(String host, int port, Timeouts timeouts) throws IOException {
    return new PreviewServer(HttpServer.create(new InetSocketAddress(host, port), 64), host, timeouts);
  }

  /** Starts answering with {@code source}. */
  public void start(Source what) {
    this.source = what;
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address to open in a browser. */
  public URI url() {
    String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Tells open pages that these pages changed; {@code all} for every page. */
  public void changed(List<String> pages, boolean all) {
    reload.publish(pages, all);
  }

  /** How many pages listen for changes. */
  public int listeners() {
    return reload.clients();
  }

  private void site(HttpExchange ex) {
    try {
      answer(ex);
    } finally {
      source.answered();
    }
  }

  private void answer(HttpExchange ex) {
    try (ex) {
      if (!allowed(ex, false)) {
        return;
      }
      URI uri = ex.getRequestURI();
      // "GET //etc/passwd" parses as a host "etc" and the path "/passwd"; absolute URLs likewise.
      boolean plain = uri.getScheme() == null && uri.getRawAuthority() == null;
      Optional<String> path = plain ? RequestPaths.sitePath(uri.getRawPath()) : Optional.empty();
      if (path.isEmpty()) {
        empty(ex, 404);
        return;
      }
      long since = reload.sequence();
      Source from = source;
      Optional<EarlyPages.Page> made = from.made(path.get());
      if (made.isPresent()) {
        send(ex, made.get().status(), made.get().status() == 404 ? "404.html" : path.get(), made.get().bytes(), since);
        return;
      }
      Path folder = from.folder();
      SiteFiles.Found found = SiteFiles.find(folder, path.get());
      if (found instanceof SiteFiles.File f) {
        send(ex, 200, path.get(), Files.readAllBytes(f.path()), since);
      } else if (found instanceof SiteFiles.Folder) {
        ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
        empty(ex, 301);
      } else if (found instanceof SiteFiles.Missing && Files.isRegularFile(folder.resolve("404.html"))) {
        send(ex, 404, "404.html", Files.readAllBytes(folder.resolve("404.html")), since);
      } else {
        empty(ex, 404);
      }
    } catch (IOException | RuntimeException e) {
      failed(ex);
    }
  }

  private void internal(HttpExchange ex) {
    boolean keepOpen = false;
    try {
      if (!allowed(ex, true)) {
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      switch (path) {
        case PREFIX + "events" -> {
          if (!ex.getRequestMethod().equals("GET")) {
            ex.getResponseHeaders().set("Allow", "GET");
            empty(ex, 405);
          } else if (reload.clients() >= MAX_LISTENERS) {
            ex.getResponseHeaders().set("Retry-After", "5");
            empty(ex, 503);
          } else {
            keepOpen = true;
            reload.open(ex, since(ex));
          }
        }
        case PREFIX + "diagnostics" -> {
          String page = query(ex, "page").orElse("index.html");
          page = page.startsWith("/") ? page.substring(1) : page;
          page = page.isEmpty() || page.endsWith("/") ? page + "index.html" : page;
          byte[] json = FindingsJson.of(source.findings(page)).getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
          bytes(ex, 200, json);
        }
        case PREFIX + "live.js" -> {
          ex.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
          bytes(ex, 200, liveScript);
        }
        default -> empty(ex, 404);
      }
    } catch (IOException | RuntimeException e) {
      keepOpen = false;
      failed(ex);
    } finally {
      if (!keepOpen) {
        ex.close();
      }
    }
  }

  /** Method, {@code Host} and, for the internal endpoints, {@code Origin}; answers when refused. */
  private boolean allowed(HttpExchange ex, boolean checkOrigin) throws IOException {
    Headers h = ex.getRequestHeaders();
    if (!hosts.allowsHost(h.getFirst("Host")) || (checkOrigin && !hosts.allowsOrigin(h.getFirst("Origin")))) {
      empty(ex, 403);
      return false;
    }
    String method = ex.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      empty(ex, 405);
      return false;
    }
    return true;
  }

  private long since(HttpExchange ex) {
    String last = ex.getRequestHeaders().getFirst("Last-Event-ID");
    String value = last != null ? last : query(ex, "since").orElse("-1");
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Optional<String> query(HttpExchange ex, String name) {
    String q = ex.getRequestURI().getRawQuery();
    if (q == null) {
      return Optional.empty();
    }
    for (String pair : q.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        try {
          return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private void send(HttpExchange ex, int status, String path, byte[] body, long since) throws IOException {
    String type = SiteFiles.contentType(path);
    ex.getResponseHeaders().set("Content-Type", type);
    if (type.startsWith("text/html")) {
      body = inject(new String(body, StandardCharsets.UTF_8), since).getBytes(StandardCharsets.UTF_8);
    }
    bytes(ex, status, body);
  }

  /**
   * The page with the live script before {@code </head>} and without {@code <base>}: the site
   * is served from the root here, not from its public address.
   */
  static String inject(String html, long since) {
    String tag = "<script src=\"" + PREFIX + "live.js\" data-since=\"" + since + "\" defer></script>\n";
    // A scan for the tag's start instead of the pattern over the whole page: most pages have no <base>.
    int base = indexOfIgnoreCase(html, "<base");
    java.util.regex.Matcher m = BASE.matcher(html);
    String page = base >= 0 && m.find(base) ? html.substring(0, m.start()) + html.substring(m.end()) : html;
    int at = indexOfIgnoreCase(page, "</head>");
    if (at < 0) {
      at = indexOfIgnoreCase(page, "</body>");
    }
    return at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
  }

  private static int indexOfIgnoreCase(String text, String what) {
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      if (text.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  private static void bytes(HttpExchange ex, int status, byte[] body) throws IOException {
    headers(ex);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void empty(HttpExchange ex, int status) throws IOException {
    headers(ex);
    ex.sendResponseHeaders(status, -1);
  }

  private static void headers(HttpExchange ex) {
    Headers h = ex.getResponseHeaders();
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
  }

  private static void failed(HttpExchange ex) {
    try {
      if (ex.getResponseCode() == -1) {
        empty(ex, 500);
      }
    } catch (IOException | RuntimeException e) {
      // The connection is gone; nothing to tell.
    }
  }

  /** Stops answering and closes the open event streams. */
  @Override
  public void close() {
    reload.close();
    server.stop(0);
    exchanges.close();
  }
}
