package dev.runbook.cli.release;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The release zip that {@code mvn package} made (its path comes from the integration-test run's
 * system property {@code runbook.archive}), unpacked with the file modes stored in it.
 */
final class ReleaseArchive {
  private ReleaseArchive() {}

  /** The zip, or the test is skipped: the plain {@code test} phase runs before it exists. */
  static Path zip() {
    String archive = System.getProperty("runbook.archive");
    assumeTrue(archive != null, "the release archive is tested after `mvn package`: run `mvn verify`");
    Path zip = Path.of(archive);
    if (!Files.isRegularFile(zip)) {
      throw new AssertionError("mvn package made no release archive at " + zip);
    }
    return zip;
  }

  static String version() {
    return System.getProperty("runbook.version");
  }

  /** Unpacks the zip into {@code dir}; the archive's top folder (runbook-VERSION). */
  static Path unpack(Path zip, Path dir) throws IOException {
    try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
        Map.of("enablePosixFileAttributes", "true"))) {
      copyTree(fs.getPath("/"), dir);
    }
    return dir.resolve("runbook-" + version());
  }

  /** Copies a folder tree (from any file system), with the file modes where the source has them. */
  static void copyTree(Path from, Path to) throws IOException {
    boolean modes = from.getFileSystem().supportedFileAttributeViews().contains("posix");
    try (Stream<Path> entries = Files.walk(from)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Path target = to.resolve(from.relativize(entry).toString());
        if (Files.isDirectory(entry)) {
          Files.createDirectories(target);
        } else {
          Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
          if (modes) {
            Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
          }
        }
      }
    }
  }
}
