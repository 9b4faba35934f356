package dev.runbook.core.model;

import dev.runbook.core.model.url.SiteUrls;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves link destinations the way GitHub does for a repository folder: relative to the file,
 * {@code /} from the root, folders to their index page (README.md, else index.md, else Hugo's
 * _index.md) or, without one, to the folder itself (GitHub lists it), {@code x.md/} to the file,
 * {@code %20} decoded. When the set's own site has links in its own form ({@link
 * SiteUrls#readsSiteLinks}), a link that names no file is then read as a URL of that site
 * ({@link #siteTarget}). Thread-safe; file system answers are cached.
 */
public final class LinkResolver {

  private final RunbookSet set;
  /** The pages of the set's own site, when links may be written in its form; else null. */
  private final PageUrls pages;
  private final ConcurrentHashMap<Path, Boolean> exists = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Path, Boolean> folders = new ConcurrentHashMap<>();

  public LinkResolver(RunbookSet set) {
    this(set, SiteUrls.DEFAULT);
  }

  /** Resolves links of {@code set}, whose own site is {@code urls}. */
  public LinkResolver(RunbookSet set, SiteUrls urls) {
    this.set = set;
    this.pages = urls.readsSiteLinks() ? new PageUrls(set, urls) : null;
  }

  /** Lower case without whitespace and control characters, as browsers read a URL's scheme. */
  static String squeeze(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) > ' ') {
      i++;
    }
    if (i == s.length()) {
      return s.toLowerCase(Locale.ROOT);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) > ' ') {
        out.append(s.charAt(k));
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code letter (letter | digit | + | . | -)* :} at the start, as RFC 3986 spells a scheme. */
  static boolean hasScheme(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  public LinkTarget resolve(Runbook from, String destination) {
    String dest = destination == null ? "" : destination.strip();
    if (dest.isEmpty()) {
      return new LinkTarget(LinkTarget.Kind.EMPTY, "", "", true, Optional.empty());
    }
    String squeezed = squeeze(dest);
    if (squeezed.startsWith("javascript:") || squeezed.startsWith("data:") || squeezed.startsWith("vbscript:")) {
      return new LinkTarget(LinkTarget.Kind.UNSAFE, dest, "", false, Optional.empty());
    }
    if (squeezed.startsWith("http:") || squeezed.startsWith("https:") || dest.startsWith("//")) {
      return new LinkTarget(LinkTarget.Kind.EXTERNAL, dest, "", true, Optional.empty());
    }
    if (hasScheme(dest)) {
      return new LinkTarget(LinkTarget.Kind.OTHER_SCHEME, dest, "", true, Optional.empty());
    }
    String fragment = "";
    int hash = dest.indexOf('#');
    String pathPart = dest;
    if (hash >= 0) {
      fragment = decode(dest.substring(hash + 1));
      pathPart = dest.substring(0, hash);
    }
    int query = pathPart.indexOf('?');
    if (query >= 0) {
      pathPart = pathPart.substring(0, query);
    }
    pathPart = decode(pathPart);
    if (pathPart.isEmpty()) {
      return new LinkTarget(LinkTarget.Kind.INTERNAL, from.path(), fragment, true, Optional.of(from));
    }
    LinkTarget asFile = fileTarget(from, pathPart, fragment);
    if (pages == null || asFile.exists() || pathPart.toLowerCase(Locale.ROOT).endsWith(".md")) {
      return asFile;
    }
    return siteTarget(from, pathPart, fragment).orElse(asFile);
  }

  /** The link as a path in the repository, as GitHub reads it. */
  private LinkTarget fileTarget(Runbook from, String pathPart, String fragment) {
    boolean folderSyntax = pathPart.endsWith("/");
    String joined = pathPart.startsWith("/") ? pathPart.substring(1) : join(from.folder(), pathPart);
    String normal = normalize(joined);
    if (normal == null) {
      Path onDisk = from.file().getParent().resolve(pathPart).normalize();
      return new LinkTarget(LinkTarget.Kind.OUTSIDE_ROOT, onDisk.toString(), fragment,
          cachedExists(onDisk), Optional.empty());
    }
    Path onDisk = normal.isEmpty() ? set.root() : set.root().resolve(normal);
    boolean folder = normal.isEmpty() || isFolder(onDisk);
    if (folder || folderSyntax && !cachedExists(onDisk)) {
      return folderTarget(normal, fragment, folder);
    }
    Optional<Runbook> doc = set.get(normal);
    boolean found = doc.isPresent() || cachedExists(onDisk);
    return new LinkTarget(LinkTarget.Kind.INTERNAL, normal, fragment, found, doc);
  }

  /**
   * A folder opens its index page ({@link RunbookSet#indexOf}); without one, a folder that exists
   * is the target itself (GitHub lists its files) and any other is broken.
   */
  private LinkTarget folderTarget(String folder, String fragment, boolean exists) {
    Optional<Runbook> doc = set.indexOf(folder);
    if (doc.isPresent()) {
      return new LinkTarget(LinkTarget.Kind.INTERNAL, doc.get().path(), fragment, true, doc);
    }
    if (exists) {
      return new LinkTarget(LinkTarget.Kind.INTERNAL, folder, fragment, true, Optional.empty());
    }
    String prefix = folder.isEmpty() ? "" : folder + "/";
    return new LinkTarget(LinkTarget.Kind.INTERNAL, prefix + "README.md", fragment,
        false, Optional.empty());
  }

  /**
   * The link as a URL of the set's own site: an absolute path under the base path, or a path
   * relative to the linking page's own URL ({@code ../b/} from Hugo's {@code a/} page). A page
   * found is the target; an absolute path outside the base path, or under it naming a file that
   * is no page (a picture the generator serves from elsewhere), leaves the set (RB303); one that
   * looks like a page and is none is broken, with its URL. Empty when the link is not read so: a
   * relative link that names no page stays a broken file link.
   */
  private Optional<LinkTarget> siteTarget(Runbook from, String pathPart, String fragment) {
    String base = pages.urls().basePath();
    String url;
    if (pathPart.startsWith("/")) {
      String dir = pathPart.endsWith("/") ? pathPart : pathPart + "/";
      String under = dir.startsWith(base) ? normalize(pathPart.substring(Math.min(base.length(), pathPart.length())))
          : null;
      if (under == null) {
        return Optional.of(new LinkTarget(LinkTarget.Kind.OUTSIDE_ROOT, pathPart, fragment, true,
            Optional.empty(), pathPart));
      }
      url = under;
    } else {
      String own = pages.urlOf(from);
      url = normalize(own.substring(0, own.lastIndexOf('/') + 1) + pathPart);
      if (url == null) {
        return Optional.empty();
      }
    }
    if (pathPart.endsWith("/") && !url.isEmpty()) {
      url += "/";
    }
    Optional<Runbook> doc = pages.find(url);
    if (doc.isPresent()) {
      return Optional.of(new LinkTarget(LinkTarget.Kind.INTERNAL, doc.get().path(), fragment, true, doc,
          base + url));
    }
    if (!PageUrls.looksLikePage(url)) {
      return pathPart.startsWith("/") ? Optional.of(new LinkTarget(LinkTarget.Kind.OUTSIDE_ROOT, pathPart,
          fragment, true, Optional.empty(), base + url)) : Optional.empty();
    }
    return Optional.of(new LinkTarget(LinkTarget.Kind.INTERNAL, url, fragment, false, Optional.empty(), base + url));
  }

  /** The pages of the set's own site, when links may be written in its form. */
  public Optional<PageUrls> pages() {
    return Optional.ofNullable(pages);
  }

  private boolean cachedExists(Path p) {
    return exists.computeIfAbsent(p, Files::exists);
  }

  private boolean isFolder(Path p) {
    return folders.computeIfAbsent(p, Files::isDirectory);
  }

  /** {@code %xx} escapes decoded ({@code +} kept), or the text as it is when they do not decode. */
  public static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String join(String folder, String relative) {
    return folder.isEmpty() ? relative : folder + "/" + relative;
  }

  /** Collapses {@code .} and {@code ..} in a {@code /}-separated path; null when it climbs above the start. */
  public static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
