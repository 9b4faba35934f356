package dev.runbook.core.model.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlStyleTest {

  private static UrlStyle style(String name) {
    return UrlStyle.named(name).orElseThrow();
  }

  @Test
  void runbookKeepsTodaysPages() {
    UrlStyle s = style("runbook");
    assertThat(s.url("a/b.md", false)).isEqualTo("a/b.html");
    assertThat(s.url("a/README.md", true)).isEqualTo("a/");
    assertThat(s.url("README.md", true)).isEmpty();
    assertThat(s.url("a/index.md", false)).as("an index page that is not its folder's page").isEqualTo("a/index.md.html");
    assertThat(s.url("a/x.html.md", false)).isEqualTo("a/x.html.html");
  }

  @Test
  void hugoLowerCasesAndUsesFolders() {
    UrlStyle s = style("hugo");
    assertThat(s.url("runbooks/kubernetes/KubePodCrashLooping.md", false))
        .isEqualTo("runbooks/kubernetes/kubepodcrashlooping/");
    assertThat(s.url("a/_index.md", true)).isEqualTo("a/");
    assertThat(s.url("a/index.md", false)).as("a leaf bundle").isEqualTo("a/");
    assertThat(s.url("_index.md", true)).isEmpty();
    assertThat(s.url("Ops Guides/Disk Full.md", false)).isEqualTo("ops-guides/disk-full/");
    assertThat(s.url("content/runbooks/node/NodeClockSkew.md", false))
        .as("content/ is Hugo's content folder").isEqualTo("runbooks/node/nodeclockskew/");
    assertThat(s.url("a/README.md", true)).as("README is a page like any other in Hugo").isEqualTo("a/readme/");
  }

  @Test
  void mkdocsUsesFoldersAndKeepsCase() {
    UrlStyle s = style("mkdocs");
    assertThat(s.url("during/Page.md", false)).isEqualTo("during/Page/");
    assertThat(s.url("during/index.md", false)).isEqualTo("during/");
    assertThat(s.url("during/README.md", true)).isEqualTo("during/");
    assertThat(s.url("index.md", true)).isEmpty();
  }

  @Test
  void middlemanDropsTheTemplateExtension() {
    UrlStyle s = style("middleman");
    assertThat(s.url("manual/cdn.html.md", false)).isEqualTo("manual/cdn.html");
    assertThat(s.url("manual/setup.md", false)).isEqualTo("manual/setup.html");
    assertThat(s.url("manual/index.html.md", false)).isEqualTo("manual/");
    assertThat(s.url("source/manual/cdn.html.md", false))
        .as("source/ is Middleman's content folder").isEqualTo("manual/cdn.html");
    assertThat(s.url("index.md", true)).isEmpty();
  }

  @Test
  void jekyllWritesHtmlFiles() {
    UrlStyle s = style("jekyll");
    assertThat(s.url("docs/setup.md", false)).isEqualTo("docs/setup.html");
    assertThat(s.url("docs/index.md", false)).isEqualTo("docs/");
    assertThat(s.url("docs/README.md", true)).as("GitHub Pages reads a README as the index").isEqualTo("docs/");
  }

  @Test
  void aFolderUrlIsWrittenAsItsIndexFile() {
    assertThat(UrlStyle.pageFile("a/b/")).isEqualTo("a/b/index.html");
    assertThat(UrlStyle.pageFile("")).isEqualTo("index.html");
    assertThat(UrlStyle.pageFile("x.html")).isEqualTo("x.html");
  }

  @Test
  void everyNameHasAStyleAndOthersNone() {
    for (String name : UrlStyle.NAMES) {
      assertThat(style(name).name()).isEqualTo(name);
    }
    assertThat(UrlStyle.named("gatsby")).isEmpty();
  }

  @Test
  void basePathsAreNormalised() {
    assertThat(SiteUrls.normalBasePath("/manual")).isEqualTo("/manual/");
    assertThat(SiteUrls.normalBasePath("manual/")).isEqualTo("/manual/");
    assertThat(SiteUrls.normalBasePath("/")).isEqualTo("/");
    assertThat(SiteUrls.normalBasePath("https://x.org/manual/")).isNull();
    assertThat(SiteUrls.normalBasePath(" ")).isNull();
  }
}
