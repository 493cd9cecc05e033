package org.extupgrade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.extupgrade.layout.ControlFile;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.Script;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging into plain folders (no server needed for what is checked here). */
class StagingTest {

  @Nested
  class Placing {
    @Test
    void gzippedScriptsAreStagedDecompressedUnderTheirCanonicalNames(@TempDir Path share)
        throws Exception {
      Path ext = share.resolve("extension");
      Staging.stage(Fixtures.tiny(), share, ext);
      assertThat(Files.readString(ext.resolve("tiny--1.1.sql"))).contains("SELECT 42");
      assertThat(ext.resolve("tiny--1.1.sql.gz")).doesNotExist();
      try (var s = Files.list(ext)) {
        assertThat(s.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder(
                "tiny.control", "tiny--1.0.sql", "tiny--1.1.sql", "tiny--1.0--1.1.sql");
      }
    }

    @Test
    void secondaryControlFilesGoToTheScriptDirectory(@TempDir Path share) throws Exception {
      Extension base = Fixtures.tinydir();
      Path secondary = share.resolve("src/tinydir--1.0.control");
      Files.createDirectories(secondary.getParent());
      Files.writeString(secondary, "comment = 'v1'\n");
      ControlFile sc =
          new ControlFile(
              secondary, "tinydir", null, null, null, "v1", null, List.of(), List.of(), true, false,
              true, null);
      Extension ext =
          new Extension(
              base.name(),
              base.root(),
              base.control(),
              "1.0",
              Map.of("1.0", sc),
              base.installScripts(),
              List.of());
      Staging.stage(ext, share, share.resolve("extension"));
      assertThat(share.resolve("tiny_scripts/tinydir--1.0.control")).hasContent("comment = 'v1'");
      assertThat(share.resolve("extension/tinydir.control")).exists();
    }

    @Test
    void aPgrxControlFileIsStagedWithItsCargoVersionResolved(@TempDir Path share) throws Exception {
      Extension rx =
          ExtensionLoader.load(Path.of("src/test/resources/layouts/pgrx"), null, List.of());
      Staging.stage(rx, share, share.resolve("extension"));
      String staged = Files.readString(share.resolve("extension/rxext.control"));
      assertThat(staged).contains("default_version = '0.3.0'").doesNotContain("@CARGO_VERSION@");
      assertThat(staged).contains("module_pathname = '$libdir/rxext'");
    }
  }

  @Nested
  class BadInput {
    @Test
    void aTruncatedGzipScriptIsAUserErrorNamingTheFile(@TempDir Path dir) throws Exception {
      Path gz = dir.resolve("tiny--1.1.sql.gz");
      byte[] whole = Files.readAllBytes(Fixtures.resource("tiny/tiny--1.1.sql.gz"));
      Files.write(gz, java.util.Arrays.copyOf(whole, whole.length / 2));
      Extension tiny = Fixtures.tiny();
      Extension broken =
          new Extension(
              "tiny",
              dir,
              tiny.control(),
              "1.1",
              Map.of(),
              List.of(new Script(gz, "tiny", null, "1.1")),
              List.of());
      assertThatThrownBy(
              () -> Staging.stage(broken, dir.resolve("share"), dir.resolve("share/extension")))
          .isInstanceOf(UserError.class)
          .hasMessage("truncated gzip file (unexpected end of data)")
          .extracting(e -> ((UserError) e).oneLine())
          .isEqualTo(gz + ": truncated gzip file (unexpected end of data)");
    }

    @Test
    void aMissingLibraryIsAUserErrorNamingIt(@TempDir Path dir) {
      Path missing = dir.resolve("nowhere.so");
      assertThatThrownBy(() -> Staging.library(missing, dir))
          .isInstanceOf(UserError.class)
          .extracting(e -> ((UserError) e).oneLine())
          .isEqualTo(missing + ": cannot read the library: NoSuchFile " + missing);
    }

    @Test
    void anAbsoluteDirectoryIsAUserErrorAtTheControlFile(@TempDir Path dir) {
      Extension tiny = Fixtures.tiny();
      ControlFile c = tiny.control();
      ControlFile abs =
          new ControlFile(
              c.file(),
              "tiny",
              "/usr/share/tiny",
              "1.1",
              null,
              null,
              null,
              List.of(),
              List.of(),
              true,
              false,
              true,
              null);
      Extension ext =
          new Extension(
              "tiny",
              tiny.root(),
              abs,
              "1.1",
              Map.of(),
              tiny.installScripts(),
              tiny.updateScripts());
      assertThatThrownBy(() -> Staging.stage(ext, dir, dir.resolve("extension")))
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith("directory = '/usr/share/tiny' is absolute");
    }

    @Test
    void aDirectoryLeavingSharedirIsAUserError(@TempDir Path dir) {
      Extension tiny = Fixtures.tiny();
      ControlFile c = tiny.control();
      ControlFile up =
          new ControlFile(
              c.file(),
              "tiny",
              "../../etc",
              "1.1",
              null,
              null,
              null,
              List.of(),
              List.of(),
              true,
              false,
              true,
              null);
      Extension ext =
          new Extension(
              "tiny",
              tiny.root(),
              up,
              "1.1",
              Map.of(),
              tiny.installScripts(),
              tiny.updateScripts());
      assertThatThrownBy(
              () -> Staging.stage(ext, dir.resolve("share"), dir.resolve("share/extension")))
          .isInstanceOf(UserError.class)
          .hasMessage("directory = '../../etc' leaves SHAREDIR");
    }
  }
}
