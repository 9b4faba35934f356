package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.Heading;
import dev.runbook.core.model.SlugDialect;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hugo and kramdown read a heading's Markdown as written: on its line, without the {@code #}
 * marks or a closing sequence; a setext heading's last text line; inside quotes and list items
 * too. The expected ids are what Hugo 0.111 and kramdown 2.4 gave for the same Markdown.
 */
class HeadingMarkdownTest {
  private static List<String> ids(SlugDialect dialect, String markdown) {
    return new MarkdownParser(dialect).parse(Arrays.asList(markdown.split("\n", -1)), 0).headings().stream()
        .map(Heading::anchor).toList();
  }

  @Test
  void hugoReadsTheWrittenMarkdownOfEveryKindOfHeading() {
    assertThat(ids(SlugDialect.HUGO, "Setup `x` _y_\n========\n\n## Closed _x_ ##\n\n> ## Quoted _x_\n\n"
        + "- ## In list _x_\n\nTwo\nlines _z_\n---------\n"))
        .containsExactly("setup-x-_y_", "closed-_x_", "quoted-_x_", "in-list-_x_", "lines-_z_");
  }

  @Test
  void kramdownToo() {
    assertThat(ids(SlugDialect.KRAMDOWN, "Setup `x` _y_\n========\n\n## Closed _x_ ##\n"))
        .containsExactly("setup-x-y", "closed-x");
  }

  @Test
  void anAttributeListIsNoPartOfTheTextAndItsIdIsTheAnchor() {
    List<Heading> hs = new MarkdownParser(SlugDialect.MKDOCS)
        .parse(List.of("## Steps {#the-steps}", "", "## Rollback {: #undo .wide }", "", "## Plain {not an id}"), 0)
        .headings();
    assertThat(hs).extracting(Heading::text).containsExactly("Steps", "Rollback", "Plain {not an id}");
    assertThat(hs).extracting(Heading::anchor).containsExactly("the-steps", "undo", "plain-not-an-id");
  }
}
