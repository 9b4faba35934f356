package dev.runbook.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which link's destination the cursor is on. */
class LinkNavigatorTest {
  private static final String LINE = "See [the steps](db/restore.md#steps), then [home](<../READ ME.md>) and [x]().";

  @Test
  void theCursorAnywhereFromTheBracketToTheEndOfTheDestinationPicksThatLink() {
    assertThat(LinkNavigator.destinationAt(LINE, LINE.indexOf("](db"))).hasValue("db/restore.md#steps");
    assertThat(LinkNavigator.destinationAt(LINE, LINE.indexOf("#steps"))).hasValue("db/restore.md#steps");
    assertThat(LinkNavigator.destinationAt(LINE, LINE.indexOf("), then"))).hasValue("db/restore.md#steps");
  }

  @Test
  void angleBracketsHoldADestinationWithSpaces() {
    assertThat(LinkNavigator.destinationAt(LINE, LINE.indexOf("READ ME") + 6)).hasValue("../READ ME.md");
  }

  @Test
  void textOutsideLinksAndEmptyDestinationsLeadNowhere() {
    assertThat(LinkNavigator.destinationAt(LINE, 1)).isEmpty();
    assertThat(LinkNavigator.destinationAt(LINE, LINE.indexOf("then"))).isEmpty();
    assertThat(LinkNavigator.destinationAt(LINE, LINE.indexOf("]()") + 1)).isEmpty();
  }
}
