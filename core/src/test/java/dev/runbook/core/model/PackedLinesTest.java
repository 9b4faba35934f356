package dev.runbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A runbook's packed lines read as the list of the lines given, in any mix of ASCII and other lines. */
class PackedLinesTest {
  private static PackedLines pack(List<String> lines) {
    PackedLines.Builder b = new PackedLines.Builder(4);
    for (String line : lines) {
      boolean ascii = line.chars().allMatch(c -> c < 0x80);
      if (ascii) {
        byte[] bytes = ("x" + line + "\n").getBytes(StandardCharsets.US_ASCII);
        b.ascii(bytes, 1, bytes.length - 1);
      } else {
        b.add(line);
      }
    }
    return b.build();
  }

  @Test
  void readsAsTheLinesGiven() {
    List<String> lines = List.of("# Title", "", "**Risk Level**: \uD83D\uDD34 Critical", "", "caf\u00e9",
        "a longer ASCII line than the file size the builder was told", "", "last");
    PackedLines packed = pack(lines);
    assertThat(packed).isEqualTo(lines).hasSameHashCodeAs(lines).containsExactlyElementsOf(lines);
    assertThat(packed.subList(2, 5)).isEqualTo(lines.subList(2, 5));
    assertThat(List.copyOf(packed)).isEqualTo(lines);
  }

  @Test
  void emptyAndAllWideFilesToo() {
    assertThat(pack(List.of())).isEmpty();
    assertThat(pack(List.of("\u00e9", "\u00fc"))).containsExactly("\u00e9", "\u00fc");
    assertThat(pack(List.of("", ""))).containsExactly("", "");
  }

  @Test
  void anIndexOutsideTheLinesIsRefused() {
    PackedLines packed = pack(List.of("a"));
    assertThatThrownBy(() -> packed.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> packed.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aRunbookReadsItsPackedLines() {
    PackedLines packed = pack(List.of("# T", "\u00e9"));
    Runbook doc = new Runbook("t.md", java.nio.file.Path.of("t.md"), DocumentKind.RUNBOOK, packed,
        new java.util.BitSet(), FrontMatter.NONE, List.of(), List.of(), List.of(), java.util.Optional.empty(),
        List.of(), List.of(), java.util.Set.of(), List.of());
    assertThat(doc.lines()).containsExactly("# T", "\u00e9");
    assertThat(doc.line(2)).isEqualTo("\u00e9");
  }

  @Test
  void releasedLinesAreReadBackOnceWhenAskedFor() {
    List<String> lines = List.of("# T", "caf\u00e9", "", "last");
    PackedLines packed = pack(lines);
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    packed.release(() -> {
      reads.incrementAndGet();
      return lines;
    });
    assertThat(packed.released()).isTrue();
    assertThat(packed).hasSize(4);
    assertThat(reads).as("the size needs no read").hasValue(0);

    assertThat(packed.get(0)).isEqualTo("# T");
    assertThat(packed).isEqualTo(lines).hasSameHashCodeAs(lines);
    assertThat(reads).hasValue(1);
    assertThat(packed.released()).isFalse();
  }

  @Test
  void aReleasedTextThatComesBackWithOtherLinesIsRefused() {
    PackedLines packed = pack(List.of("a", "b"));
    packed.release(new PackedLines.Source() {
      @Override
      public List<String> lines() {
        return List.of("a");
      }

      @Override
      public String toString() {
        return "runbooks/t.md";
      }
    });
    assertThatThrownBy(() -> packed.get(0)).isInstanceOf(TextChangedException.class)
        .hasMessageContaining("runbooks/t.md changed while runbook ran").hasMessageContaining("run the command again");
  }
}
