package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

class SafeYamlTest {
  private final SafeYaml yaml = new SafeYaml();

  /** Found by MarkdownFuzzTest: the reader's 1,024-character buffer split an emoji's two halves. */
  @Test
  void anEmojiAnywhereAroundTheReadersBufferEndIsReadAsWritten() throws YamlProblem {
    for (int before = 1000; before < 1100; before++) {
      String value = "x".repeat(before) + "🔴" + "y".repeat(2000);
      String text = "summary: \"" + value + "\"\n";
      assertThat(valueOf(yaml.compose(text).orElseThrow())).as("emoji after %d characters", before).isEqualTo(value);
      List<Node> all = yaml.composeAll(text + "---\n" + text);
      assertThat(all).hasSize(2);
      assertThat(valueOf(all.get(1))).isEqualTo(value);
    }
  }

  private static String valueOf(Node root) {
    return ((ScalarNode) ((MappingNode) root).getValue().get(0).getValueNode()).getValue();
  }

  /** Found by FrontMatterFuzzTest and ConfigFuzzTest: a tag whose %-escape decodes to a blank. */
  @Test
  void aTagWithAnEscapeTheReaderCannotDecodeIsAProblemOnItsLine() {
    Object[][] cases = {{"\n!t1%3", 2}, {"!$)%0", 1}, {"owner: SRE\nrisk: !$)%0\n", 2}, {"a:\n- [x, !$)%0]\n", 2}};
    for (Object[] c : cases) {
      String text = (String) c[0];
      int line = (Integer) c[1];
      assertThatThrownBy(() -> yaml.compose(text)).as(text).isInstanceOfSatisfying(YamlProblem.class, p -> {
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.getMessage()).isNotBlank();
      });
      assertThatThrownBy(() -> yaml.composeAll("a: 1\n---\n" + text)).as(text)
          .isInstanceOfSatisfying(YamlProblem.class, p -> assertThat(p.line()).isEqualTo(line + 2));
    }
  }

  @Test
  void anEmptyDocumentIsNoNode() throws YamlProblem {
    assertThat(yaml.compose("")).isEqualTo(Optional.empty());
  }
}
