package dev.runbook.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.model.LoadProblem;
import dev.runbook.core.model.RunbookSet;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file over the 8 MB limit is not read, and its size is never shown as the limit itself. */
class FileSizeLimitTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({"0, 0.0", "1, 0.1", "104857, 0.1", "104858, 0.2", "1048576, 1.0", "1048577, 1.1",
      "8388608, 8.0", "8388609, 8.1", "8493465, 8.1", "8493466, 8.2", "9437184, 9.0", "52428816, 50.1"})
  void megabytesAreRoundedUpToATenth(long bytes, String shown) {
    assertThat(RunbookSetLoader.megabytesUp(bytes)).isEqualTo(shown);
  }

  @Test
  void oneByteOverTheLimitIsNotShownAsTheLimit() throws Exception {
    Files.writeString(tmp.resolve("ok.md"), "# OK\n");
    sized(tmp.resolve("limit.md"), RunbookSetLoader.MAX_FILE_BYTES);
    sized(tmp.resolve("big.md"), RunbookSetLoader.MAX_FILE_BYTES + 1);
    RunbookSet set = new RunbookSetLoader(List.of(), List.of(), new RunbookParser(), 1).load(tmp);
    assertThat(set.documents()).extracting(r -> r.path()).containsExactly("limit.md", "ok.md");
    assertThat(set.problems()).containsExactly(new LoadProblem("big.md", "file is 8.1 MB, over the 8 MB limit for "
        + "a runbook: split it, or add it to 'exclude' in runbook.yml", true));
  }

  private static void sized(Path file, long bytes) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write("# Big\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      f.setLength(bytes);
    }
  }
}
