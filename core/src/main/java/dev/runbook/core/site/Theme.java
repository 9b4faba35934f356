package dev.runbook.core.site;

import dev.runbook.core.site.render.PagePaths;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import dev.runbook.core.site.output.PageSink;
import dev.runbook.core.site.render.RenderedBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The site's templates and assets: the default theme from the {@code runbook-site-templates} jar,
 * each file overridable by a file of the same name in the theme folder, which may also add
 * assets. Templates are compiled once, when the theme is loaded; compiled templates are
 * thread-safe.
 */
final class Theme {
  /** The folder the assets are written to. */
  static final String ASSETS = PagePaths.OWN + "assets/";
  /** Where the default theme lives on the classpath. */
  static final String CLASSPATH = "dev/runbook/site/theme/";
  /** The page templates every build uses. */
  static final List<String> PAGES = List.of(
      "home", "runbook", "document", "category", "review", "risk", "automation", "rules", "rule",
      "redirect", "404", "alert", "coverage");

  /**
   * What a page is rendered around in place of its body ({@link #render(String, Object, Function,
   * RenderedBody)}). Text that reaches a page never holds NUL: Mustache escapes it, the Markdown
   * renderer replaces it.
   */
  static final String BODY_SLOT = "\u0000body\u0000";
  private static final byte[] SLOT_BYTES = BODY_SLOT.getBytes(StandardCharsets.UTF_8);

  private final Optional<Path> overrides;
  private final Map<String, Mustache> templates = new TreeMap<>();
  /** The length of the page each template made last, for the next one's buffer. */
  private final Map<String, Integer> lastSizes = new ConcurrentHashMap<>();
  private final TreeSet<String> assets = new TreeSet<>();

  private Theme(Optional<Path> overrides) {
    this.overrides = overrides;
  }

  /**
   * Loads and compiles the theme.
   *
   * @throws SiteException when the theme folder is missing or a template does not compile
   */
  static Theme load(Optional<Path> dir) throws SiteException {
    if (dir.isPresent() && !Files.isDirectory(dir.get())) {
      throw new SiteException(SiteException.Kind.INVALID_INPUT,
          "theme folder " + dir.get() + " does not exist: fix site.theme_dir in runbook.yml");
    }
    Theme theme = new Theme(dir.map(p -> p.toAbsolutePath().normalize()));
    theme.compile();
    return theme;
  }

  private void compile() throws SiteException {
    DefaultMustacheFactory factory = new DefaultMustacheFactory(new Resolver());
    for (String page : PAGES) {
      String name = page + ".mustache";
      try {
        templates.put(page, factory.compile(name));
      } catch (MustacheException | UncheckedIOException e) {
        throw new SiteException(SiteException.Kind.INVALID_INPUT,
            "theme template " + name + " does not compile: " + e.getMessage(), e);
      }
    }
    try (InputStream list = defaultResource("theme.txt")) {
      if (list == null) {
        throw new SiteException(SiteException.Kind.INVALID_INPUT,
            "the default theme is missing from the classpath (runbook-site-templates)");
      }
      for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          assets.add(line.strip());
        }
      }
      if (overrides.isPresent()) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(overrides.get())) {
          for (Path f : files) {
            String name = f.getFileName().toString();
            if (Files.isRegularFile(f) && !name.endsWith(".mustache") && !name.startsWith(".")) {
              assets.add(name);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new SiteException(SiteException.Kind.IO, "cannot read the theme: " + e.getMessage(), e);
    }
  }

  /** Renders a page template with the layout and the page's view as scopes. */
  String render(String page, Object layout, Object view) {
    // Sized like the page this template made last: a fixed 16 KB, doubled when a title holds a
    // character beyond Latin-1, was most of what 10,000 small alert pages allocated.
    PageWriter out = new PageWriter(lastSizes.getOrDefault(page, 1024) + 256);
    templates.get(page).execute(out, new Object[] {layout, view});
    lastSizes.put(page, out.length());
    return out.toString();
  }

  /**
   * Renders a page template around a body: {@code view} makes the page's view from the body's
   * HTML. The template is rendered around {@link #BODY_SLOT} and the body's UTF-8 spliced in its
   * place, so a body finished as bytes is never decoded, nor the page made of it encoded again. A
   * template that does not show the body exactly once, and only unescaped, is rendered with the
   * body's text instead.
   *
   * @return the page as UTF-8
   */
  byte[] render(String page, Object layout, Function<String, Object> view, RenderedBody body) {
    byte[] around = render(page, layout, view.apply(BODY_SLOT)).getBytes(StandardCharsets.UTF_8);
    int at = onlySlot(around);
    if (at < 0) {
      return render(page, layout, view.apply(body.html())).getBytes(StandardCharsets.UTF_8);
    }
    int after = at + SLOT_BYTES.length;
    byte[] html = body.utf8();
    byte[] out = new byte[around.length - SLOT_BYTES.length + html.length];
    System.arraycopy(around, 0, out, 0, at);
    System.arraycopy(html, 0, out, at, html.length);
    System.arraycopy(around, after, out, at + html.length, around.length - after);
    return out;
  }

  /**
   * Where the body slot is in a page rendered around it, or -1 unless it is there once and the
   * page holds no other NUL, written or escaped: a template that shows the body twice, escaped
   * ({@code {{body}}} writes NUL as {@code &#0;}) or not at all. One pass.
   */
  private static int onlySlot(byte[] page) {
    int at = -1;
    int n = page.length;
    for (int i = 0; i < n; i++) {
      byte b = page[i];
      if (b == 0) {
        if (at >= 0 || !Arrays.equals(page, i, Math.min(n, i + SLOT_BYTES.length), SLOT_BYTES, 0, SLOT_BYTES.length)) {
          return -1;
        }
        at = i;
        i += SLOT_BYTES.length - 1;
      } else if (b == '&' && i + 3 < n && page[i + 1] == '#' && page[i + 2] == '0' && page[i + 3] == ';') {
        return -1;
      }
    }
    return at;
  }

  /** The asset names, written under {@code -/assets/}. */
  TreeSet<String> assets() {
    return assets;
  }

  /** Writes every asset into {@code -/assets/}, overrides first. */
  void writeAssets(PageSink sink) throws IOException {
    for (String name : assets) {
      Optional<Path> own = override(name);
      if (own.isPresent()) {
        sink.copy(own.get(), ASSETS + name);
        continue;
      }
      try (InputStream in = defaultResource(name)) {
        if (in == null) {
          throw new IOException("theme asset " + name + " is listed in theme.txt but missing");
        }
        sink.file(ASSETS + name, in.readAllBytes());
      }
    }
  }

  private Optional<Path> override(String name) {
    if (overrides.isEmpty()) {
      return Optional.empty();
    }
    Path f = overrides.get().resolve(name).normalize();
    return f.startsWith(overrides.get()) && Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
  }

  private static InputStream defaultResource(String name) {
    return Theme.class.getClassLoader().getResourceAsStream(CLASSPATH + name);
  }

  /** Template names to readers: the theme folder first, then the default theme. */
  private final class Resolver implements MustacheResolver {
    @Override
    public Reader getReader(String name) {
      try {
        Optional<Path> own = override(name);
        if (own.isPresent()) {
          return Files.newBufferedReader(own.get(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      InputStream in = defaultResource(name);
      return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }
}
