package dev.runbook.core.init;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.Runbook;
import dev.runbook.core.rules.RequiredSections;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Infers a group's template from its runbooks: the H2 titles that at least {@link #SHARE} of them
 * hold, ordered by where they usually stand. Spellings that differ only in case, punctuation or a
 * plural {@code s} ("Pre-requisites", "Prerequisite") are one section, named as most runbooks
 * write it; the other spellings become its aliases.
 */
public final class TemplateInference {
  /** The share of a group's runbooks that must hold an H2 for it to be a required section. */
  public static final double SHARE = 0.6;

  private TemplateInference() {}

  /** The template of these runbooks (empty sections when they share none, or there are none). */
  public static SectionTemplate of(List<Runbook> runbooks) {
    Map<String, Spellings> byKey = new LinkedHashMap<>();
    for (Runbook doc : runbooks) {
      List<String> h2 = h2(doc);
      Map<String, Boolean> counted = new HashMap<>();
      for (int i = 0; i < h2.size(); i++) {
        String title = h2.get(i);
        String key = key(title);
        if (key.isEmpty()) {
          continue;
        }
        Spellings s = byKey.computeIfAbsent(key, k -> new Spellings());
        s.spelling.merge(title, 1, Integer::sum);
        if (counted.putIfAbsent(key, true) == null) {
          s.files++;
          s.positionSum += h2.size() == 1 ? 0 : (double) i / (h2.size() - 1);
        }
      }
    }
    int n = runbooks.size();
    List<Map.Entry<String, Spellings>> shared = new ArrayList<>();
    byKey.entrySet().stream().filter(e -> n > 0 && e.getValue().files >= Math.ceil(SHARE * n)).forEach(shared::add);
    shared.sort(Comparator.comparingDouble((Map.Entry<String, Spellings> e) -> e.getValue().positionSum / e.getValue().files)
        .thenComparing(Map.Entry::getKey));
    List<String> sections = new ArrayList<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (Map.Entry<String, Spellings> e : shared) {
      String name = e.getValue().mostUsed();
      sections.add(name);
      Map<String, String> byNormal = new java.util.TreeMap<>();
      e.getValue().spelling.keySet().stream().sorted()
          .filter(s -> !RequiredSections.normalise(s).equals(RequiredSections.normalise(name)))
          .forEach(s -> byNormal.putIfAbsent(RequiredSections.normalise(s), s));
      List<String> others = byNormal.values().stream().sorted().toList();
      if (!others.isEmpty()) {
        aliases.put(name, others);
      }
    }
    int following = 0;
    for (Runbook doc : runbooks) {
      List<String> keys = h2(doc).stream().map(TemplateInference::key).toList();
      if (shared.stream().allMatch(e -> keys.contains(e.getKey()))) {
        following++;
      }
    }
    return new SectionTemplate(sections, aliases, n, following);
  }

  /** The H2 titles of a runbook, in order. */
  static List<String> h2(Runbook doc) {
    return doc.headings().stream().filter(h -> h.level() == 2).map(Heading::text).map(String::strip).toList();
  }

  /** What spellings of one section share: letters and digits, lower case, without a plural s. */
  static String key(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]", "");
    return folded.length() > 3 && folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
  }

  private static final class Spellings {
    final Map<String, Integer> spelling = new LinkedHashMap<>();
    int files;
    double positionSum;

    String mostUsed() {
      return spelling.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }
  }
}
