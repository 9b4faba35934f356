package dev.runbook.core.site.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path gives jsoup's own decoding of attribute values, case by case and on random values. */
class AttributeEntitiesTest {
  private static final String[] PIECES = {
    "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x27;", "&apos;", "&amp", "&lt", "&ampx", "&amp=", "&notin;",
    "&notit;", "&#", "&#x;", "&#128512;", "&AMP;", "&", ";", "#", "=", "a", "Z", "0", " ", "?q=1", "é", "\uD83D\uDE80", "\t"
  };

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "a&amp;b", "?a=1&amp;b=2", "&lt;script&gt;", "say &quot;hi&quot; &#39;x&#39;",
      "&amp;&amp;", "x&", "&amp", "&amp=1", "?a=1&b=2", "&copy;", "&#x41;", "tail &amp"})
  void decodesAsJsoupDoes(String raw) {
    assertThat(AttributeEntities.decode(raw)).isEqualTo(Parser.unescapeEntities(raw, true));
  }

  @Test
  void randomValuesDecodeAsJsoupDecodesThem() {
    Random random = new Random(20261207);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder raw = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        raw.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String value = raw.toString();
      assertThat(AttributeEntities.decode(value)).as(value).isEqualTo(Parser.unescapeEntities(value, true));
    }
  }

  @Test
  void valuesWithoutAnAmpersandAreReturnedAsThey() {
    String value = "/runbooks/db-failover.html#rollback";
    assertThat(AttributeEntities.decode(value)).isSameAs(value);
  }
}
