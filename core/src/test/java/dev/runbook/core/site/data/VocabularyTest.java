package dev.runbook.core.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void oneStringPerWordAcrossThreadsAndGrowth() throws Exception {
    Vocabulary vocabulary = new Vocabulary();
    Map<String, String> first = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        jobs.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            String text = "w" + ((i * 7 + seed * 13) % 9_000);
            char[] chars = ("..." + text + "..").toCharArray();
            String got = vocabulary.word(chars, 3, text.length(), text.hashCode());
            assertThat(got).isEqualTo(text);
            assertThat(first.computeIfAbsent(text, k -> got)).isSameAs(got);
          }
        }));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(first).hasSize(9_000);
  }

  @Test
  void wordsThatShareAHashStayApart() {
    Vocabulary vocabulary = new Vocabulary();
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    String aa = vocabulary.word("Aa".toCharArray(), 0, 2, "Aa".hashCode());
    String bb = vocabulary.word("BB".toCharArray(), 0, 2, "BB".hashCode());
    assertThat(aa).isEqualTo("Aa");
    assertThat(bb).isEqualTo("BB");
    assertThat(vocabulary.word("xAa".toCharArray(), 1, 2, "Aa".hashCode())).isSameAs(aa);
  }
}
