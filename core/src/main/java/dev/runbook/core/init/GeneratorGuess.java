package dev.runbook.core.init;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which generator a set was written for, from the files that generator leaves: {@code mkdocs.yml},
 * Hugo's {@code hugo.toml}/{@code config.toml} and {@code _index.md}, Middleman's {@code config.rb}
 * and {@code .html.md} names, Jekyll's {@code _config.yml}; with the URL style and anchor dialect
 * that follow from it, the path its site lives under, and why.
 *
 * @param urlStyle the {@code site.url_style} value
 * @param slugs the {@code links.slugs} value
 * @param basePath the {@code site.base_path} its config names, if any other than {@code /}
 * @param reason what gave it away, for the comment in {@code runbook.yml}
 */
public record GeneratorGuess(String urlStyle, String slugs, Optional<String> basePath, String reason) {
  private static final Pattern MKDOCS_SITE_URL = Pattern.compile("(?m)^site_url:\\s*['\"]?([^'\"\\s#]+)");
  private static final Pattern HUGO_BASE_URL = Pattern.compile("(?mi)^\\s*baseURL\\s*[=:]\\s*['\"]?([^'\"\\s#]+)");
  private static final Pattern JEKYLL_BASE_URL = Pattern.compile("(?m)^baseurl:\\s*['\"]?([^'\"\\s#]*)");
  private static final Pattern MKDOCS_DOCS_DIR = Pattern.compile("(?m)^docs_dir:\\s*['\"]?([^'\"\\s#]+)");
  private static final Pattern HUGO_CONTENT_DIR = Pattern.compile("(?mi)^\\s*contentDir\\s*[=:]\\s*['\"]?([^'\"\\s#]+)");
  private static final Pattern MIDDLEMAN_SOURCE = Pattern.compile("(?m)^\\s*set\\s+:source\\s*,\\s*['\"]([^'\"]+)");
  private static final Pattern JEKYLL_SOURCE = Pattern.compile("(?m)^source:\\s*['\"]?([^'\"\\s#]+)");

  /** No generator found: our own URLs and GitHub's anchors. */
  public static final GeneratorGuess NONE = new GeneratorGuess("runbook", "github", Optional.empty(), "");

  /**
   * Looks in {@code root} and its parents up to {@code top} (inclusive; the folder the config goes
   * to, or the repository) for a generator's files. A root below the generator's content folder
   * ({@code source/manual} in a Middleman project) is served under that folder's path, after the
   * base path the generator's config names ({@code /manual/}).
   */
  public static GeneratorGuess of(Path rootFolder, Path top) throws IOException {
    Path root = rootFolder.toAbsolutePath().normalize();
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      Optional<GeneratorGuess> found = in(dir, root);
      if (found.isPresent()) {
        return found.get();
      }
      if (dir.equals(top) || Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    if (names(root, "_index.md")) {
      return new GeneratorGuess("hugo", "hugo", Optional.empty(), "Hugo's _index.md folder pages");
    }
    if (names(root, ".html.md")) {
      return new GeneratorGuess("middleman", "kramdown", Optional.empty(), "Middleman's .html.md file names");
    }
    return NONE;
  }

  private static Optional<GeneratorGuess> in(Path dir, Path root) throws IOException {
    for (String name : new String[] {"mkdocs.yml", "mkdocs.yaml"}) {
      if (Files.isRegularFile(dir.resolve(name))) {
        String text = read(dir.resolve(name));
        return Optional.of(new GeneratorGuess("mkdocs", "mkdocs",
            below(path(text, MKDOCS_SITE_URL), dir.resolve(value(text, MKDOCS_DOCS_DIR, "docs")), root),
            "found " + name));
      }
    }
    for (String name : new String[] {"hugo.toml", "hugo.yaml", "hugo.json", "config.toml"}) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file) && (name.startsWith("hugo") || HUGO_BASE_URL.matcher(read(file)).find()
          || names(root, "_index.md"))) {
        String text = read(file);
        return Optional.of(new GeneratorGuess("hugo", "hugo",
            below(path(text, HUGO_BASE_URL), dir.resolve(value(text, HUGO_CONTENT_DIR, "content")), root, true),
            "found " + name));
      }
    }
    Path configRb = dir.resolve("config.rb");
    if (Files.isRegularFile(configRb) && read(configRb).contains("activate")) {
      Path source = dir.resolve(value(read(configRb), MIDDLEMAN_SOURCE, "source"));
      return Optional.of(new GeneratorGuess("middleman", "kramdown", below(Optional.empty(), source, root),
          "found Middleman's config.rb"));
    }
    Path jekyll = dir.resolve("_config.yml");
    if (Files.isRegularFile(jekyll)) {
      String text = read(jekyll);
      return Optional.of(new GeneratorGuess("jekyll", "kramdown",
          below(path(text, JEKYLL_BASE_URL), dir.resolve(value(text, JEKYLL_SOURCE, ".")), root),
          "found Jekyll's _config.yml"));
    }
    return Optional.empty();
  }

  /**
   * The path the root's pages are served under: {@code base} (the site's own path) followed by the
   * root's folder below the generator's content folder; just {@code base} when the root is that
   * folder or lies outside it.
   */
  private static Optional<String> below(Optional<String> base, Path contentFolder, Path root) {
    return below(base, contentFolder, root, false);
  }

  /** As {@link #below(Optional, Path, Path)}; Hugo's URLs write folders in lower case, spaces as {@code -}. */
  private static Optional<String> below(Optional<String> base, Path contentFolder, Path root, boolean hugo) {
    Path content = contentFolder.toAbsolutePath().normalize();
    if (!root.startsWith(content) || root.equals(content)) {
      return base;
    }
    String folder = content.relativize(root).toString().replace('\\', '/');
    if (hugo) {
      folder = folder.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
    return Optional.of(base.orElse("/") + folder + "/");
  }

  /** The first group of the pattern's match in the text, else {@code fallback}. */
  private static String value(String text, Pattern pattern, String fallback) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : fallback;
  }

  /** The path of the URL the pattern finds (a full URL or a bare path), when it is not just {@code /}. */
  private static Optional<String> path(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (!m.find() || m.group(1).isBlank()) {
      return Optional.empty();
    }
    String value = m.group(1);
    String path;
    try {
      path = value.contains("://") ? URI.create(value).getPath() : value;
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (path == null || path.isBlank() || path.equals("/")) {
      return Optional.empty();
    }
    String withSlashes = (path.startsWith("/") ? "" : "/") + path;
    return Optional.of(withSlashes.endsWith("/") ? withSlashes : withSlashes + "/");
  }

  private static boolean names(Path root, String suffix) throws IOException {
    if (!Files.isDirectory(root)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(root, 8)) {
      return files.anyMatch(p -> p.getFileName() != null && p.getFileName().toString().endsWith(suffix));
    }
  }

  private static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return new String(bytes, 0, Math.min(bytes.length, 1 << 20), StandardCharsets.UTF_8);
  }
}
