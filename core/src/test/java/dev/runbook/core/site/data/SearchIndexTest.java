package dev.runbook.core.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  @Test
  void writesPagesSortedWordsAndDeltaPostingsWhateverTheOrderOfAdding() throws Exception {
    SearchIndex index = new SearchIndex(3);
    index.add(2, new SearchIndex.Page("c.html", "C", "", "", "c", ""), new String[] {"zeta", "alpha"});
    index.add(0, new SearchIndex.Page("a.html", "A </script>", "Cat", "high", "a", ""), new String[] {"alpha"});
    index.add(1, new SearchIndex.Page("b.html", "B", "Cat", "low", "b", ""), new String[] {"beta", "alpha"});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.write(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        "window.RUNBOOK_SEARCH_INDEX={\"version\":1,\"pages\":["
            + "[\"a.html\",\"A \\u003c/script\\u003e\",\"Cat\",\"high\",\"a\"],\n"
            + "[\"b.html\",\"B\",\"Cat\",\"low\",\"b\"],\n"
            + "[\"c.html\",\"C\",\"\",\"\",\"c\"]],\n"
            + "\"words\":[\"alpha\",\"beta\",\"zeta\"],\n"
            + "\"postings\":[\"0,1,1\",\"1\",\"2\"]};\n");
  }

  @Test
  void aPageCarriesItsHeadingsAnchorsOnlyWhereOneIsNotThePlainSlugOfItsText() throws Exception {
    SearchIndex index = new SearchIndex(1);
    index.add(0, new SearchIndex.Page("k.html", "K", "", "", "K · KubePodNotReady · Diagnosis · Diagnosis", " diagnosis-1"),
        new String[] {"k"});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.write(out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("[\"k.html\",\"K\",\"\",\"\",\"K · KubePodNotReady · Diagnosis · Diagnosis\",\" diagnosis-1\"]");
  }

  @Test
  void theImplicitAnchorIsGitHubsSlugOfAsciiTextAndNoneOfOtherText() {
    assertThat(SearchIndex.implicitAnchor("KubePodNotReady")).isEqualTo("kubepodnotready");
    assertThat(SearchIndex.implicitAnchor("Step 1: Flush the resolvers")).isEqualTo("step-1-flush-the-resolvers");
    assertThat(SearchIndex.implicitAnchor("Fail over (auth)")).isEqualTo("fail-over-auth");
    assertThat(SearchIndex.implicitAnchor("缓解")).isEqualTo("\u0000");
  }
}
