package dev.runbook.cli.release;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A finished external command: its exit status and what it printed. */
public record Subprocess(int exit, String out, String err) {

  /**
   * Runs {@code command} in {@code dir} with the environment {@code env} adjusts, and waits for
   * it (killed after ten minutes, so a hang fails the test instead of stalling the build).
   */
  public static Subprocess run(Path dir, Consumer<Map<String, String>> env, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    env.accept(pb.environment());
    Path out = Files.createTempFile("subprocess", ".out");
    Path err = Files.createTempFile("subprocess", ".err");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      Process p = pb.start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(command + " did not finish in ten minutes");
      }
      return new Subprocess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The folders of this process's PATH that hold no {@code name} (e.g. PATH without java). */
  public static String pathWithout(String name) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(d -> !d.isEmpty() && !Files.isExecutable(Path.of(d, name)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** The folder of this process's PATH that holds {@code name}, if any. */
  public static java.util.Optional<Path> onPath(String name) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(d -> !d.isEmpty())
        .map(d -> Path.of(d, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Output and errors, for assertion messages. */
  public String both() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
