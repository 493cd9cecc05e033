package org.extupgrade.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.extupgrade.cli.Main;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 items 7 to 9: inputs made to exhaust the stack, the heap or patience end in one line
 * naming the file: long values scan in constant stack, reads are bounded, and only regular files
 * are read (a FIFO would block forever, /dev/zero never ends).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
  @TempDir Path tmp;

  private ControlFile parse(String text) throws IOException {
    Path f = tmp.resolve("ext.control");
    Files.writeString(f, text, StandardCharsets.ISO_8859_1);
    return ControlFileParser.parsePrimary(f, "ext");
  }

  private static void mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(mk.waitFor()).isZero();
  }

  @Nested
  class LongValues {
    @ParameterizedTest
    @ValueSource(ints = {1_500, 100_000, 1_000_000 - 100})
    void aQuotedValueOfAnyLengthParses(int length) throws IOException {
      String body = "ab''c\\\\d".repeat(length / 8 + 1).substring(0, length);
      ControlFile c = parse("default_version = '1.0'\ncomment = '" + body + "'\n");
      assertThat(c.comment()).hasSizeGreaterThan(length / 2);
    }

    @Test
    void longUnquotedValuesNumbersAndNamesParse() throws IOException {
      String word = "a" + "b-c.d/e:f".repeat(20_000);
      ControlFile c =
          parse(
              "default_version = "
                  + word
                  + "\nschema = s"
                  + "x".repeat(50_000)
                  + "\nrelocatable = false\n");
      assertThat(c.defaultVersion()).isEqualTo(word);
      assertThat(new GucRules("1" + "2".repeat(100_000) + "kB").integer(0)).isEqualTo(100_003);
      assertThat(new GucRules("-" + "9".repeat(100_000) + ".5e+3").real(0)).isEqualTo(100_006);
    }
  }

  @Nested
  class UnboundedFiles {
    @Test
    void includeOfDevZeroIsRefused() {
      assertThatThrownBy(() -> parse("default_version = '1.0'\ninclude '/dev/zero'\n"))
          .isInstanceOfSatisfying(
              UserError.class,
              e ->
                  assertThat(e.oneLine())
                      .isEqualTo(
                          "/dev/zero: cannot read control file: not a regular file (a FIFO,"
                              + " device or folder)"));
    }

    @Test
    void aControlFileOverOneMebibyteIsRefusedNamingTheLimit() throws IOException {
      String big = "# " + "x".repeat(1 << 20) + "\ndefault_version = '1.0'\n";
      assertThatThrownBy(() -> parse(big))
          .isInstanceOf(UserError.class)
          .hasMessageEndingWith("larger than 1 MiB, the most extupgrade reads of a control file");
    }

    @Test
    void aScriptLinkedToDevZeroIsRefused() throws IOException {
      Path script = tmp.resolve("ext--1.0.sql");
      Files.createSymbolicLink(script, Path.of("/dev/zero"));
      assertThatThrownBy(() -> ScriptText.bytes(script))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("not a regular file");
    }

    @Test
    void aGzipBombIsRefusedNamingTheLimit() throws IOException {
      Path bomb = tmp.resolve("ext--1.0.sql.gz");
      writeZeros(bomb, ScriptText.MAX_SCRIPT_BYTES + 1);
      assertThat(Files.size(bomb)).isLessThan(1 << 20);
      assertThatThrownBy(() -> ScriptText.bytes(bomb))
          .isInstanceOf(UserError.class)
          .hasMessageEndingWith(
              "larger than 64 MiB, the most extupgrade reads of a script (after gunzip)");
    }

    @Test
    void aGzipBombInSqlArchiveIsOneLineFromCheck() throws IOException {
      Files.writeString(tmp.resolve("ext.control"), "default_version = '1.1'\n");
      Files.createDirectories(tmp.resolve("sql/archive"));
      Files.writeString(tmp.resolve("sql/ext--1.1.sql"), "CREATE TABLE t (a int);\n");
      writeZeros(tmp.resolve("sql/archive/ext--1.0.sql.gz"), ScriptText.MAX_SCRIPT_BYTES + 1);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = new Main(new PrintWriter(out), new PrintWriter(err)).run("check", tmp.toString());
      assertThat(exit).as(err.toString()).isEqualTo(Main.USAGE);
      assertThat(err.toString().lines()).hasSize(1);
      assertThat(err.toString()).contains("ext--1.0.sql.gz").contains("larger than 64 MiB");
    }

    private static void writeZeros(Path file, long count) throws IOException {
      byte[] zeros = new byte[1 << 16];
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        for (long n = 0; n < count; n += zeros.length) {
          out.write(zeros, 0, (int) Math.min(zeros.length, count - n));
        }
      }
    }
  }

  @Nested
  class Fifos {
    @Test
    void aControlFileThatIsAFifoIsRefusedAtOnce() throws Exception {
      Path f = tmp.resolve("ext.control");
      mkfifo(f);
      assertThatThrownBy(() -> ControlFileParser.parsePrimary(f, "ext"))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("not a regular file");
    }

    @Test
    void anIncludedFifoIsRefusedAtOnce() throws Exception {
      mkfifo(tmp.resolve("more.conf"));
      assertThatThrownBy(() -> parse("default_version = '1.0'\ninclude_if_exists 'more.conf'\n"))
          .isInstanceOfSatisfying(
              UserError.class,
              e ->
                  assertThat(e.oneLine())
                      .endsWith(
                          "more.conf: cannot read control file: not a regular file (a FIFO,"
                              + " device or folder)"));
    }

    @Test
    void aScriptThatIsAFifoIsRefusedAtOnce() throws Exception {
      Path script = tmp.resolve("ext--1.0.sql");
      mkfifo(script);
      assertThatThrownBy(() -> ScriptText.bytes(script))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("not a regular file");
    }
  }
}
