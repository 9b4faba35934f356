package dev.runbook.core.init;

import dev.runbook.core.model.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The templates of a set: one for most of it, and one per top-level folder whose runbooks share a
 * different one (a set of alert runbooks beside procedures). Folders of fewer than {@link
 * #MIN_GROUP} runbooks are too small to say anything and count with the rest.
 *
 * @param main the template of the runbooks no folder template matches
 * @param folders the folders with a template of their own, by path
 */
public record SetTemplates(SectionTemplate main, List<FolderTemplate> folders) {
  static final int MIN_GROUP = 3;

  public SetTemplates {
    folders = List.copyOf(folders);
  }

  /** The templates of these runbooks (index pages and reference documents left out by the caller). */
  public static SetTemplates of(List<Runbook> runbooks) {
    Map<String, List<Runbook>> groups = new TreeMap<>();
    for (Runbook doc : runbooks) {
      int slash = doc.path().indexOf('/');
      groups.computeIfAbsent(slash < 0 ? "" : doc.path().substring(0, slash), k -> new ArrayList<>()).add(doc);
    }
    SectionTemplate whole = TemplateInference.of(runbooks);
    List<FolderTemplate> distinct = new ArrayList<>();
    List<Runbook> rest = new ArrayList<>();
    for (Map.Entry<String, List<Runbook>> g : groups.entrySet()) {
      SectionTemplate t = TemplateInference.of(g.getValue());
      if (!g.getKey().isEmpty() && g.getValue().size() >= MIN_GROUP && !t.sections().isEmpty() && !t.sameShape(whole)) {
        distinct.add(new FolderTemplate(g.getKey(), t));
      } else {
        rest.addAll(g.getValue());
      }
    }
    if (distinct.isEmpty()) {
      return new SetTemplates(whole, List.of());
    }
    // The set's own template is the one that covers the most runbooks: the rest's, or a folder's.
    SectionTemplate restTemplate = TemplateInference.of(rest);
    FolderTemplate largest = distinct.stream()
        .max(java.util.Comparator.comparingInt((FolderTemplate f) -> f.template().runbooks())).orElseThrow();
    SectionTemplate main = restTemplate;
    if (restTemplate.sections().isEmpty() || largest.template().runbooks() > rest.size()) {
      distinct.remove(largest);
      main = largest.template();
    }
    SectionTemplate chosen = main;
    // A folder whose runbooks hold every section of the set's template passes it already: a kind
    // would only make its extra headings required.
    distinct.removeIf(f -> f.template().sameShape(chosen) || covers(f.template(), chosen));
    return new SetTemplates(chosen, distinct);
  }

  private static boolean covers(SectionTemplate folder, SectionTemplate main) {
    List<String> keys = folder.sections().stream().map(TemplateInference::key).toList();
    return !main.sections().isEmpty() && main.sections().stream().map(TemplateInference::key).allMatch(keys::contains);
  }
}
