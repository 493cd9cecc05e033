package org.extupgrade.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.extupgrade.cluster.Installation;
import org.extupgrade.cluster.Installations;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds run with the real {@code make} against the embedded PostgreSQL's PGXS (through the {@code
 * pg_config} stand-in). Without {@code make} these tests fail: CI installs it.
 */
class SourcesTest {
  private static final Path LAYOUTS = Path.of("src/test/resources/layouts");
  private static final Supplier<Installation> EMBEDDED =
      () -> Installations.embedded(Installations.DEFAULT_MAJOR);

  private static List<String> tree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  private static Script install(Extension ext, String version) {
    return ext.installScript(version).orElseThrow();
  }

  @Nested
  class WithMake {
    @Test
    void buildsDataBuiltFromPiecesInAScratchCopyAndSaysWhatWasBuilt() throws IOException {
      Path dir = LAYOUTS.resolve("make_built");
      List<String> before = tree(dir);
      Path built;
      try (Sources s = Sources.load(dir, null, List.of(), null, EMBEDDED)) {
        Extension ext = s.extension();
        built = install(ext, "1.1").file();
        assertThat(ScriptText.read(ext, install(ext, "1.1")))
            .isEqualTo(
                Files.readString(dir.resolve("sql/types.sql"))
                    + Files.readString(dir.resolve("sql/functions.sql")));
        assertThat(install(ext, "1.0").file()).isEqualTo(dir.resolve("mkext--1.0.sql"));
        assertThat(ext.updateScript("1.0", "1.1").orElseThrow().file())
            .isEqualTo(dir.resolve("updates/mkext--1.0--1.1.sql"));
        assertThat(ext.notes())
            .singleElement()
            .isEqualTo(
                "scripts built with `make` against the PGXS of PostgreSQL 18.1: mkext--1.1.sql");
        // Reports name a built script as the file make makes in the project, not the scratch copy.
        Path shown = s.shown(install(ext, "1.1").file());
        assertThat(shown).isEqualTo(dir.resolve("mkext--1.1.sql"));
        assertThat(s.shown("at " + install(ext, "1.1").file() + ":3"))
            .isEqualTo("at " + dir.resolve("mkext--1.1.sql") + ":3");
        assertThat(s.shown(dir.resolve("mkext--1.0.sql"))).isEqualTo(dir.resolve("mkext--1.0.sql"));
      }
      assertThat(tree(dir)).isEqualTo(before);
      assertThat(built).doesNotExist();
      assertThat(built.getParent().getParent()).doesNotExist();
    }

    @Test
    void buildsAMissingInstallScriptFromATemplate() {
      try (Sources s =
          Sources.load(LAYOUTS.resolve("make_template"), null, List.of(), null, EMBEDDED)) {
        Extension ext = s.extension();
        assertThat(ScriptText.read(ext, install(ext, "2.0"))).contains("SELECT '2.0'");
        assertThat(ext.notes()).singleElement().asString().endsWith(": tpl--2.0.sql");
      }
    }

    @Test
    void aFailingMakeIsOneLineNamingTheCommandAndItsLastErrors(@TempDir Path dir)
        throws IOException {
      Scratch.copy(LAYOUTS.resolve("make_built"), dir);
      Files.delete(dir.resolve("sql/functions.sql"));
      assertThatThrownBy(() -> Sources.load(dir, null, List.of(), null, EMBEDDED))
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith("building the scripts failed: make -f Makefile PG_CONFIG=")
          .hasMessageContaining("mkext--1.1.sql (exit 2)")
          .hasMessageContaining("No rule to make target 'sql/functions.sql'")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
      assertThat(dir.resolve("mkext--1.1.sql")).doesNotExist();
    }
  }

  @Nested
  class WithACommand {
    @Test
    void runsTheUsersCommandWithPgConfigAtHand(@TempDir Path dir) throws IOException {
      Scratch.copy(LAYOUTS.resolve("make_built"), dir);
      String command = "pg_config --version > /dev/null && cat sql/*.sql > mkext--1.1.sql";
      try (Sources s = Sources.load(dir, null, List.of(), command, EMBEDDED)) {
        assertThat(s.extension().installScript("1.1")).isPresent();
        assertThat(s.extension().notes())
            .singleElement()
            .isEqualTo("scripts built with `" + command + "`: mkext--1.1.sql");
      }
      assertThat(dir.resolve("mkext--1.1.sql")).doesNotExist();
    }

    @Test
    void aFailingCommandIsOneLineWithItsLastErrorLines() {
      assertThatThrownBy(
              () ->
                  Sources.load(
                      LAYOUTS.resolve("make_built"),
                      null,
                      List.of(),
                      "echo one >&2; echo two >&2; echo three >&2; echo four >&2; exit 3",
                      EMBEDDED))
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith("building the scripts failed: sh -c echo one")
          .hasMessageEndingWith("(exit 3): two | three | four");
    }
  }

  @Nested
  class WithoutABuild {
    @Test
    void buildsNothingWhenTheScriptsAreThereAndNothingIsDeclaredBuilt() {
      Supplier<Installation> unused =
          () -> {
            throw new AssertionError("no installation needed");
          };
      try (Sources s =
          Sources.load(LAYOUTS.resolve("updates_folder"), null, List.of(), null, unused)) {
        assertThat(s.extension().notes()).isEmpty();
        assertThat(s.extension().installScripts()).hasSize(1);
      }
    }
  }
}
