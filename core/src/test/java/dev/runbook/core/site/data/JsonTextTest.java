package dev.runbook.core.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void escapesWhatJsonAndAScriptNeedAndCopiesTheRest() {
    assertThat(JsonText.quote("plain words_1 é 😀")).isEqualTo("\"plain words_1 é 😀\"");
    assertThat(JsonText.quote("a\"b\\c\nd\re\tf\u0001g<h>i&j\u2028k\u2029l"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u003ch\\u003ei\\u0026j\\u2028k\\u2029l\"");
    assertThat(JsonText.quote("</script>")).isEqualTo("\"\\u003c/script\\u003e\"");
    assertThat(JsonText.quote("\"")).isEqualTo("\"\\\"\"");
    assertThat(JsonText.quote("")).isEqualTo("\"\"");
    assertThat(JsonText.quote(null)).isEqualTo("null");
  }
}
