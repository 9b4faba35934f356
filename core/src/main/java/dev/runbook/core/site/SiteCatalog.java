package dev.runbook.core.site;

import dev.runbook.core.config.Config;
import dev.runbook.core.model.Review;
import dev.runbook.core.model.RiskLevel;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.model.RunbookSet;
import dev.runbook.core.model.SetIndex;
import dev.runbook.core.parse.Slugger;
import dev.runbook.core.site.render.PagePaths;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facts every listing needs about each published runbook, computed once before pages are
 * rendered: page, title, risk, owner, category, review state, automation, tags. Moved stubs are
 * not listed. Immutable.
 */
final class SiteCatalog {
  /** One runbook's facts. {@code automation} is the front matter value, or null. */
  record Entry(
      Runbook doc,
      String page,
      String title,
      Optional<RiskLevel> risk,
      String owner,
      String category,
      Review review,
      Review.Status status,
      String automation,
      List<String> tags) {

    /** How many days until the review is due (negative when overdue); 0 when unknown. */
    long daysLeft(LocalDate today) {
      return review.due().map(d -> ChronoUnit.DAYS.between(today, d)).orElse(0L);
    }
  }

  private static final Comparator<String> CATEGORY_ORDER =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  private static final Comparator<Entry> BY_TITLE =
      Comparator.comparing(Entry::title, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Entry::title)
          .thenComparing(e -> e.doc().path());

  private final List<Entry> entries;
  /** {@link #byTitle()}, once asked for; the same list whichever thread makes it first. */
  private volatile List<Entry> byTitle;
  private final Map<String, List<Entry>> byCategory;
  private final Map<String, String> categoryPages;
  private final Map<String, Entry> byPath;
  private final LocalDate today;
  private final int warnBeforeDays;

  SiteCatalog(RunbookSet set, SetIndex index, PagePaths pages, Config config, LocalDate today) {
    this(set, index, pages, config, today, null);
  }

  /**
   * A catalog that takes over the entries of {@code previous} (a catalog of an earlier version
   * of the set, for the same config and day) whose document, category and page are the same.
   */
  SiteCatalog(RunbookSet set, SetIndex index, PagePaths pages, Config config, LocalDate today, SiteCatalog previous) {
    this.today = today;
    this.warnBeforeDays = config.warnBeforeDays();
    List<Entry> list = new ArrayList<>();
    for (Runbook r : set.runbooks()) {
      if (r.isMovedStub()) {
        continue;
      }
      Entry was = previous == null ? null : previous.byPath.get(r.path());
      if (was != null && was.doc() == r && was.category().equals(index.category(r)) && was.page().equals(pages.page(r))) {
        list.add(was);
        continue;
      }
      list.add(entryOf(r, index, pages, config, today));
    }
    this.entries = List.copyOf(list);
    Map<String, List<Entry>> groups = new TreeMap<>(CATEGORY_ORDER);
    for (Entry e : entries) {
      groups.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e);
    }
    groups.values().forEach(g -> g.sort(BY_TITLE));
    this.byCategory = Collections.unmodifiableMap(groups);
    this.categoryPages = categoryPages(groups.keySet());
    Map<String, Entry> paths = new HashMap<>(entries.size() * 2);
    entries.forEach(e -> paths.put(e.doc().path(), e));
    this.byPath = Collections.unmodifiableMap(paths);
  }

  /**
   * The category pages a catalog of {@code set} has, without making the catalog: category to
   * {@code -/categories/<slug>.html}. They depend on the categories alone, not on document pages.
   */
  static Map<String, String> categoryPages(RunbookSet set, SetIndex index) {
    Set<String> categories = new TreeSet<>(CATEGORY_ORDER);
    for (Runbook r : set.runbooks()) {
      if (!r.isMovedStub()) {
        categories.add(index.category(r));
      }
    }
    return categoryPages(categories);
  }

  /** @param categories in {@link #CATEGORY_ORDER}: a slug taken twice gets -1, -2 in this order */
  private static Map<String, String> categoryPages(Set<String> categories) {
    Map<String, String> pages = new TreeMap<>();
    Slugger slugger = new Slugger();
    for (String category : categories) {
      String slug = Slugger.slug(category);
      pages.put(category, PagePaths.OWN + "categories/" + slugger.next(slug.isEmpty() ? "category" : slug) + ".html");
    }
    return Collections.unmodifiableMap(pages);
  }

  /** The entry of a listed runbook (not a moved stub). */
  static Entry entryOf(Runbook r, SetIndex index, PagePaths pages, Config config, LocalDate today) {
    Review review = Review.of(r, config.reviewInterval());
    return new Entry(r, pages.page(r), r.title(), r.risk(),
        r.frontMatter().fieldString("owner").orElse(null), index.category(r), review,
        review.status(today, config.warnBeforeDays()),
        r.frontMatter().string("automation").orElse(null), tags(r));
  }

  private SiteCatalog(List<Entry> entries, Map<String, List<Entry>> byCategory, Map<String, String> categoryPages,
      Map<String, Entry> byPath, LocalDate today, int warnBeforeDays) {
    this.entries = entries;
    this.byCategory = byCategory;
    this.categoryPages = categoryPages;
    this.byPath = byPath;
    this.today = today;
    this.warnBeforeDays = warnBeforeDays;
  }

  /**
   * This catalog with some entries replaced by new entries of the same runbooks that sort the same
   * (same title and category), so no list is sorted again: what serve does after an edit that
   * changes no listing order. Each replacement is keyed by its runbook's path.
   */
  SiteCatalog replacing(Map<String, Entry> replacements) {
    List<Entry> list = new ArrayList<>(entries.size());
    entries.forEach(e -> list.add(replacements.getOrDefault(e.doc().path(), e)));
    Map<String, List<Entry>> groups = new TreeMap<>(CATEGORY_ORDER);
    groups.putAll(byCategory);
    for (Entry e : replacements.values()) {
      List<Entry> group = new ArrayList<>(groups.get(e.category()));
      group.replaceAll(old -> old.doc().path().equals(e.doc().path()) ? e : old);
      groups.put(e.category(), group);
    }
    Map<String, Entry> paths = new HashMap<>(byPath);
    paths.putAll(replacements);
    return new SiteCatalog(List.copyOf(list), Collections.unmodifiableMap(groups), categoryPages,
        Collections.unmodifiableMap(paths), today, warnBeforeDays);
  }

  private static List<String> tags(Runbook r) {
    List<String> tags = r.frontMatter().strings("tags");
    if (tags == null) {
      return r.frontMatter().string("tags").map(List::of).orElse(List.of());
    }
    return tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  /** Every listed runbook, by path. */
  List<Entry> entries() {
    return entries;
  }

  /** Categories in name order, each with its runbooks by title. */
  Map<String, List<Entry>> byCategory() {
    return byCategory;
  }

  /** The page of a category: {@code -/categories/<slug>.html}. */
  String categoryPage(String category) {
    return categoryPages.get(category);
  }

  Map<String, String> categoryPages() {
    return categoryPages;
  }

  Optional<Entry> entry(String docPath) {
    return Optional.ofNullable(byPath.get(docPath));
  }

  /**
   * Runbooks sorted by title, for listings across categories: sorted once per catalog (the
   * listings of a build, or of one save in {@code serve}, each ask for it).
   */
  List<Entry> byTitle() {
    List<Entry> sorted = byTitle;
    if (sorted == null) {
      List<Entry> list = new ArrayList<>(entries);
      list.sort(BY_TITLE);
      sorted = List.copyOf(list);
      byTitle = sorted;
    }
    return sorted;
  }

  LocalDate today() {
    return today;
  }

  int warnBeforeDays() {
    return warnBeforeDays;
  }
}
