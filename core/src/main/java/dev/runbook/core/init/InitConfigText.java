package dev.runbook.core.init;

import dev.runbook.core.config.Config;
import dev.runbook.core.edit.YamlScalars;
import dev.runbook.core.rules.RequiredSections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of the {@code runbook.yml} that {@code init} writes: every key it sets with a comment
 * saying what in the set made it so, and the keys a team may want next, commented out.
 */
public final class InitConfigText {
  private InitConfigText() {}

  public static String of(InitPlan plan) {
    List<String> out = new ArrayList<>();
    out.add("# runbook.yml, written by `runbook init` on " + plan.today() + " from the " + plan.documents()
        + " Markdown files (" + plan.runbooks() + " runbooks) in " + plan.rootLabel() + ".");
    out.add("# Every key is described in the README's \"Configuration\" section; edit freely.");
    plan.root().ifPresent(r -> out.add("root: " + YamlScalars.of(r)));
    out.add("");
    generator(plan, out);
    frontMatter(plan, out);
    sections(plan, out);
    kinds(plan, out);
    rules(plan, out);
    out.add("# Findings in the set as it stood on " + plan.today() + " (" + plan.accepted()
        + "), accepted so the first check passes;");
    out.add("# every later finding is new. Fix them over time and rerun `runbook check --write-baseline "
        + plan.baseline() + "`.");
    out.add("baseline: " + YamlScalars.of(plan.baseline()));
    return String.join("\n", out) + "\n";
  }

  private static void generator(InitPlan plan, List<String> out) {
    GeneratorGuess g = plan.generator();
    boolean style = !g.urlStyle().equals("runbook");
    boolean slugs = !g.slugs().equals("github");
    if (style || g.basePath().isPresent()) {
      out.add("site:");
      if (style) {
        out.add("  url_style: " + g.urlStyle() + "   # " + g.reason() + ": links are written as its site's URLs");
      }
      g.basePath().ifPresent(p -> out.add("  base_path: " + YamlScalars.of(p) + "   # where that site is served"));
    }
    if (slugs) {
      out.add("links:");
      out.add("  slugs: " + g.slugs() + "   # #anchors as " + g.urlStyle() + " makes them");
    }
    if (style || slugs || g.basePath().isPresent()) {
      out.add("");
    }
  }

  private static void frontMatter(InitPlan plan, List<String> out) {
    FrontMatterSurvey fm = plan.frontMatter();
    if (!fm.fields().isEmpty()) {
      out.add("# Front-matter keys this set uses for fields runbook reads (first present wins).");
      out.add("front_matter:");
      fm.fields().forEach((field, keys) -> out.add("  " + field + ": " + list(keys)));
    }
    if (!fm.ownKeys().isEmpty()) {
      out.add("# The set's own front-matter keys: kept, not reported as unknown.");
      out.add("front_matter_keys: " + list(fm.ownKeys()));
    }
    if (!fm.fields().isEmpty() || !fm.ownKeys().isEmpty()) {
      out.add("");
    }
  }

  private static void sections(InitPlan plan, List<String> out) {
    SectionTemplate main = plan.templates().main();
    List<String> own = plan.ownSections(Config.DEFAULT_SECTIONS);
    if (!own.isEmpty()) {
      out.add("# The H2 sections " + main.following() + " of " + main.runbooks()
          + " runbooks share, in their usual order.");
      out.add("sections: " + list(own));
    } else if (main.sections().isEmpty()) {
      out.add("# No H2 heading is shared by most runbooks, so the six default sections are kept;");
      out.add("# RB101 (missing section) findings are in the baseline.");
    }
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (String section : main.sections()) {
      String name = canonical(section, own);
      List<String> spellings = new ArrayList<>();
      spellings.add(section);
      spellings.addAll(main.aliases().getOrDefault(section, List.of()));
      List<String> other = spellings.stream()
          .filter(s -> !RequiredSections.normalise(s).equals(RequiredSections.normalise(name))).toList();
      if (!other.isEmpty()) {
        aliases.put(name, other);
      }
    }
    if (!aliases.isEmpty()) {
      out.add("section_aliases:   # other spellings the set uses");
      aliases.forEach((s, a) -> out.add("  " + YamlScalars.of(s) + ": " + list(a)));
    }
    if (!own.isEmpty() || !aliases.isEmpty() || main.sections().isEmpty()) {
      out.add("");
    }
  }

  /** The default section a set's spelling stands for, when the set keeps the default six. */
  private static String canonical(String section, List<String> own) {
    if (!own.isEmpty()) {
      return section;
    }
    String key = TemplateInference.key(section);
    return Config.DEFAULT_SECTIONS.stream().filter(d -> TemplateInference.key(d).equals(key)).findFirst().orElse(section);
  }

  private static void kinds(InitPlan plan, List<String> out) {
    if (plan.templates().folders().isEmpty()) {
      return;
    }
    out.add("# Folders whose runbooks follow a template of their own.");
    out.add("kinds:");
    for (FolderTemplate f : plan.templates().folders()) {
      SectionTemplate t = f.template();
      out.add("  " + YamlScalars.of(f.folder()) + ":   # " + t.following() + " of " + t.runbooks()
          + " runbooks hold these sections");
      out.add("    match: " + list(List.of(f.folder() + "/**")));
      out.add("    sections: " + list(t.sections()));
      if (!t.aliases().isEmpty()) {
        out.add("    section_aliases:");
        t.aliases().forEach((s, a) -> out.add("      " + YamlScalars.of(s) + ": " + list(a)));
      }
    }
    out.add("");
  }

  private static void rules(InitPlan plan, List<String> out) {
    if (plan.widespread().isEmpty()) {
      return;
    }
    out.add("# Rules that fire on most runbooks: the set does not follow them yet. Their findings are in");
    out.add("# the baseline, so only new runbooks must; to switch one off for good, uncomment it.");
    out.add("# rules:");
    plan.widespread().forEach((rule, why) -> out.add("#   " + rule + ": off   # " + why));
    out.add("");
  }

  private static String list(List<String> values) {
    return values.stream().map(YamlScalars::of).collect(Collectors.joining(", ", "[", "]"));
  }
}
