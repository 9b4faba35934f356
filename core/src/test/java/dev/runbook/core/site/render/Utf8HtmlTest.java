package dev.runbook.core.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8HtmlTest {
  @Test
  void writesWhatStringGetBytesWritesAndCountsNuls() {
    Random random = new Random(7);
    String alphabet = "ab<&\"\u0000é\u00ff\u0800\u20ac\uffff\ud83d\ude00\ud83d\udd34\ud800\udc00";
    for (int round = 0; round < 2000; round++) {
      Utf8Html out = new Utf8Html(random.nextInt(4) + 1);
      StringBuilder all = new StringBuilder();
      int pieces = random.nextInt(8);
      for (int p = 0; p < pieces; p++) {
        StringBuilder piece = new StringBuilder();
        int n = random.nextInt(400);
        for (int i = 0; i < n; i++) {
          piece.append(alphabet.charAt(random.nextInt(alphabet.length()))); // lone surrogates too
        }
        switch (random.nextInt(3)) {
          case 0 -> out.append(piece.toString());
          case 1 -> out.append(piece); // not a String
          default -> {
            for (int i = 0; i < piece.length(); i++) {
              out.append(piece.charAt(i));
            }
          }
        }
        all.append(piece);
      }
      String text = all.toString();
      assertThat(out.nuls()).isEqualTo((int) text.chars().filter(c -> c == 0).count());
      assertThat(out.toBytes()).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aPairSplitBetweenTwoWritesIsOneCharacter() {
    Utf8Html out = new Utf8Html(1);
    out.append("risk \ud83d");
    out.append("\udd34 high");
    assertThat(new String(out.toBytes(), StandardCharsets.UTF_8)).isEqualTo("risk \ud83d\udd34 high");
  }
}
