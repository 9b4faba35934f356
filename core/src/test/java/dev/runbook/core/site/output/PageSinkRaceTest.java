package dev.runbook.core.site.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages written at once into a folder no one has made yet all land: no thread writes before the folder exists. */
class PageSinkRaceTest {
  @TempDir Path site;

  @Test
  void threadsWritingIntoANewFolderAtOnceAllSucceed() throws Exception {
    PageSink sink = PageSink.recording(site, path -> { });
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int folder = 0; folder < 150; folder++) {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String path = "f" + folder + "/sub/p" + t + ".html";
          done.add(pool.submit(() -> {
            start.await();
            sink.file(path, new byte[] {'x'});
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(Files.readString(site.resolve("f149/sub/p3.html"))).isEqualTo("x");
  }
}
