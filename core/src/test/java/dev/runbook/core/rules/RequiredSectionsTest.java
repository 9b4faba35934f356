package dev.runbook.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequiredSectionsTest {
  /** How headings were normalised when the leading number was removed by a regular expression. */
  private static String before(String heading) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < heading.length(); ) {
      int cp = heading.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(Character.toLowerCase(cp));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().replaceFirst("^\\d+ ", "").toLowerCase(Locale.ROOT);
  }

  @Test
  void dropsOneLeadingNumberAsBefore() {
    assertThat(RequiredSections.normalise("3. 🚀 Steps:")).isEqualTo("steps");
    assertThat(RequiredSections.normalise("10) Roll back")).isEqualTo("roll back");
    assertThat(RequiredSections.normalise("1 2 Steps")).isEqualTo("2 steps");
    assertThat(RequiredSections.normalise("2024")).isEqualTo("2024");
    assertThat(RequiredSections.normalise("2024 ")).isEqualTo("2024");
    assertThat(RequiredSections.normalise("3rd step")).isEqualTo("3rd step");
    for (String h : List.of("", " ", "1", "12 ", " 1 a", "a 1 b", "1a 2", "١ steps", "٣ ٤", "𝟙 steps",
        "İstanbul 1", "1. ÉTAPES", "0 0 0", "12345678901234567890 x", "Ⅻ steps")) {
      assertThat(RequiredSections.normalise(h)).as(h).isEqualTo(before(h));
    }
  }
}
