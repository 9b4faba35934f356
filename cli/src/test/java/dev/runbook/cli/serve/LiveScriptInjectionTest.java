package dev.runbook.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The live script put into each HTML page, and the page's {@code <base>} taken out. */
class LiveScriptInjectionTest {
  private static final String TAG = "<script src=\"/__runbook/live.js\" data-since=\"7\" defer></script>\n";

  @Test
  void theScriptGoesBeforeTheEndOfTheHead() {
    assertThat(PreviewServer.inject("<html><head><title>T</title></head><body>x</body></html>", 7))
        .isEqualTo("<html><head><title>T</title>" + TAG + "</head><body>x</body></html>");
  }

  @Test
  void theFirstBaseTagIsTakenOutWhateverItsCase() {
    assertThat(PreviewServer.inject("<html><head><BASE href=\"/docs/\">\n  <title>T</title></HEAD><body></body></html>", 7))
        .isEqualTo("<html><head><title>T</title>" + TAG + "</HEAD><body></body></html>");
    assertThat(PreviewServer.inject("<head><basefont><base href=\"/a/\"><base href=\"/b/\"></head>", 7))
        .isEqualTo("<head><basefont><base href=\"/b/\">" + TAG + "</head>");
  }

  @Test
  void aPageWithoutAHeadGetsTheScriptBeforeTheEndOfTheBodyOrAtTheEnd() {
    assertThat(PreviewServer.inject("<body>x</body>", 7)).isEqualTo("<body>x" + TAG + "</body>");
    assertThat(PreviewServer.inject("text &lt;base x&gt;", 7)).isEqualTo("text &lt;base x&gt;" + TAG);
  }
}
