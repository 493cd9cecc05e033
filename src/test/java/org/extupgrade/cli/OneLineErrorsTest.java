package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.extupgrade.cli.VerifyCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the user's files and machine that verify meets before any scenario: each is one line
 * naming what is wrong, exit 2, never an internal error (exit 3).
 */
class OneLineErrorsTest {
  static final Path FIXTURE = Path.of("src/test/resources/scenarios/sc_check_fails");

  @Test
  void checkQueriesThatAreNotUtf8NameTheFileAndLine(@TempDir Path dir) throws IOException {
    Path ext = copy(FIXTURE, dir.resolve("sc_check_fails"));
    // "café" in Latin-1 on line 2: 0xE9 starts no UTF-8 sequence.
    Files.write(
        ext.resolve("test/upgrade/check.sql"),
        new byte[] {
          's',
          'e',
          'l',
          'e',
          'c',
          't',
          ' ',
          '1',
          ';',
          '\n',
          '-',
          '-',
          'c',
          'a',
          'f',
          (byte) 0xE9,
          '\n'
        });
    Run r = VerifyCommandTest.run("verify", ext.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .contains("check.sql:2")
        .contains("invalid byte sequence for encoding \"UTF8\"");
  }

  @Test
  void aMissingTemporaryFolderIsNamed(@TempDir Path dir) {
    String saved = System.getProperty("java.io.tmpdir");
    Path nowhere = dir.resolve("nowhere");
    System.setProperty("java.io.tmpdir", nowhere.toString());
    Run r;
    try {
      r = VerifyCommandTest.run("verify", FIXTURE.toString());
    } finally {
      System.setProperty("java.io.tmpdir", saved);
    }
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .contains("no usable temporary folder: " + nowhere + " (java.io.tmpdir) does not exist");
  }

  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return to;
  }
}
