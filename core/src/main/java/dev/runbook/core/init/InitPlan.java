package dev.runbook.core.init;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code runbook init} found in a set, and so what its {@code runbook.yml} says.
 *
 * @param root the root as the config names it (relative to the config's folder), when the config
 *     is not in the root itself
 * @param rootLabel the root as the user named it, for comments
 * @param baseline the baseline file's name, relative to the config's folder
 * @param generator the generator the set was written for
 * @param frontMatter the set's front-matter keys
 * @param templates the set's templates
 * @param runbooks how many runbooks the set has
 * @param documents how many Markdown files it has in all
 * @param widespread rule ID to "fired on N of M runbooks" for rules that fire on most of them
 * @param accepted how many findings the baseline accepts (0 before the first check)
 * @param today the day it was written
 */
public record InitPlan(
    Optional<String> root,
    String rootLabel,
    String baseline,
    GeneratorGuess generator,
    FrontMatterSurvey frontMatter,
    SetTemplates templates,
    int runbooks,
    int documents,
    Map<String, String> widespread,
    int accepted,
    LocalDate today) {

  public InitPlan {
    widespread = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(widespread));
  }

  /** The same plan after the first check: the rules that fire on most runbooks, and the baseline's size. */
  public InitPlan afterCheck(Map<String, String> widespreadRules, int acceptedFindings) {
    return new InitPlan(root, rootLabel, baseline, generator, frontMatter, templates, runbooks, documents,
        widespreadRules, acceptedFindings, today);
  }

  /** The main template's sections when they are not the default six (in the set's spelling). */
  List<String> ownSections(List<String> defaults) {
    List<String> keys = templates.main().sections().stream().map(TemplateInference::key).toList();
    List<String> defaultKeys = defaults.stream().map(TemplateInference::key).toList();
    return keys.equals(defaultKeys) ? List.of() : templates.main().sections();
  }
}
