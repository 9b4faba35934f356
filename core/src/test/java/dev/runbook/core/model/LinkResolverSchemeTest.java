package dev.runbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written scheme tests read URLs as the regular expressions they replace did. */
class LinkResolverSchemeTest {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
  private static final Pattern CONTROL = Pattern.compile("[\\s\\u0000-\\u001F]");

  @ParameterizedTest
  @ValueSource(strings = {"", ":", "a:", "a", "https://x", "HTTP://X", " javascript:alert(1)", "java\tscript:x",
      "java\nscript:x", "mailto:a@b", "c++:x", "1a:b", "a b:c", "-a:b", "a-b.c+d:e", "./a.md", "a.md#x:y",
      "é:x", "\u0000data:x", "x\u000By:z", "\u00A0javascript:x", "vbscript\r:x", "a/b:c"})
  void sameAnswersAsTheRegularExpressions(String url) {
    assertThat(LinkResolver.hasScheme(url)).isEqualTo(SCHEME.matcher(url).matches());
    assertThat(LinkResolver.squeeze(url)).isEqualTo(CONTROL.matcher(url).replaceAll("").toLowerCase(Locale.ROOT));
  }
}
