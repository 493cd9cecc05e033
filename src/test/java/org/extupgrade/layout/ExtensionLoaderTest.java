package org.extupgrade.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extupgrade.layout.Fixtures.layout;
import static org.extupgrade.layout.Fixtures.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtensionLoaderTest {
  private static List<String> names(List<Script> scripts) {
    return scripts.stream().map(Script::canonicalName).toList();
  }

  private static String rel(Extension ext, Script s) {
    return ext.root().relativize(s.file()).toString();
  }

  @Nested
  class Layouts {
    @Test
    void readsAPgrxProjectWithCargoVersionAndTheNewestGeneratedScript() {
      Extension ext = load("pgrx");
      assertThat(ext.name()).isEqualTo("rxext");
      assertThat(ext.control().defaultVersion()).isEqualTo("@CARGO_VERSION@");
      assertThat(ext.defaultVersion()).isEqualTo("0.3.0");
      assertThat(names(ext.installScripts()))
          .containsExactly("rxext--0.1.0.sql", "rxext--0.3.0.sql");
      assertThat(rel(ext, ext.installScript("0.3.0").orElseThrow()))
          .isEqualTo(
              "target/release/rxext-pg16/usr/share/postgresql/16/extension/rxext--0.3.0.sql");
      assertThat(rel(ext, ext.installScript("0.1.0").orElseThrow()))
          .isEqualTo("sql/archive/rxext--0.1.0.sql");
      assertThat(names(ext.updateScripts()))
          .containsExactly("rxext--0.1.0--0.2.0.sql", "rxext--0.2.0--0.3.0.sql");
    }

    @Test
    void resolvesCargoVersionFromTheWorkspaceRoot() {
      Extension ext = ExtensionLoader.load(layout("pgrx_workspace/wsext"), null, List.of());
      assertThat(ext.defaultVersion()).isEqualTo("1.2.0");
    }

    @Test
    void readsArchivedBaselinesIncludingGzipAndIgnoresNamesWithAThirdSeparator() {
      Extension ext = load("archive");
      assertThat(names(ext.installScripts()))
          .containsExactly("arch--1.0.sql", "arch--1.1.sql", "arch--1.2.sql");
      assertThat(ext.installScript("1.0").orElseThrow().compressed()).isTrue();
      assertThat(names(ext.updateScripts()))
          .containsExactly("arch--1.0--1.1.sql", "arch--1.1--1.2.sql");
      assertThat(ScriptText.read(ext, ext.installScript("1.0").orElseThrow()))
          .contains("arch_v1_0");
    }

    @Test
    void readsScriptsFromTheControlFilesDirectory() {
      Extension ext = load("directory_key");
      assertThat(ext.control().directory()).isEqualTo("scripts");
      assertThat(names(ext.installScripts())).containsExactly("dirext--1.0.sql");
      assertThat(rel(ext, ext.updateScripts().get(0))).isEqualTo("scripts/dirext--1.0--1.1.sql");
    }

    @Test
    void fallsBackToTheSourceTreeWhenDirectoryNamesAnInstallLocation() {
      Extension ext = load("install_directory");
      assertThat(names(ext.installScripts())).containsExactly("instdir--1.0.sql");
      assertThat(rel(ext, ext.installScripts().get(0))).isEqualTo("sql/instdir--1.0.sql");
      assertThat(ext.notes())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("instdir.control:4")
          .contains("directory = 'instdir' is an install location");
    }

    @Test
    void aBuiltScriptWinsOverAStaleCopyInTheTreeWhichANoteNames(@TempDir Path dir)
        throws IOException {
      Path src = dir.resolve("src");
      Path built = dir.resolve("built");
      Files.createDirectories(src);
      Files.createDirectories(built);
      Files.writeString(src.resolve("st.control"), "default_version = '1.0'\n");
      Files.writeString(src.resolve("st--1.0.sql"), "SELECT 'stale';\n");
      Files.writeString(built.resolve("st--1.0.sql"), "SELECT 'built';\n");
      Extension ext = ExtensionLoader.load(src, null, List.of(built), List.of());
      assertThat(ext.installScript("1.0").orElseThrow().file())
          .isEqualTo(built.resolve("st--1.0.sql"));
      assertThat(ext.notes())
          .containsExactly(
              src.resolve("st--1.0.sql") + ": differs from the one the build made, which is used");
    }

    @Test
    void findsUpgradeScriptsInTheUsualFolders() {
      Extension ext = load("updates_folder");
      assertThat(names(ext.updateScripts()))
          .containsExactly("upd--1.0--1.1.sql", "upd--1.1--1.2.sql");
      assertThat(ext.updateScripts().stream().map(s -> rel(ext, s)))
          .containsExactly("updates/upd--1.0--1.1.sql", "sql/upgrade/upd--1.1--1.2.sql");
      assertThat(ext.graph().installPath("1.2")).isPresent();
      assertThat(ext.notes()).isEmpty();
    }

    @Test
    void readsSecondaryControlFilesOverThePrimary() {
      Extension ext = load("secondary_control");
      assertThat(ext.control().relocatable()).isTrue();
      ControlFile v11 = ext.versionControls().get("1.1");
      assertThat(v11.relocatable()).isFalse();
      assertThat(v11.schema()).isEqualTo("sec_schema");
      assertThat(v11.requires()).containsExactly("plpgsql");
      assertThat(ext.versionControls()).doesNotContainKey("1.0");
    }

    @Test
    void keepsTheFirstOfIdenticalCopies() {
      Extension ext = load("duplicate_identical");
      assertThat(rel(ext, ext.installScript("1.0").orElseThrow())).isEqualTo("ident--1.0.sql");
      assertThat(rel(ext, ext.updateScripts().get(0))).isEqualTo("ident--1.0--1.1.sql");
    }

    @Test
    void choosesOneOfSeveralExtensionsByName() {
      Extension beta = load("several", "beta");
      assertThat(beta.name()).isEqualTo("beta");
      assertThat(names(beta.installScripts())).containsExactly("beta--2.0.sql");
      assertThat(beta.versionControls()).containsKey("1.0");
    }

    @Test
    void addsScriptsFromExtraFolders(@TempDir Path extra) throws IOException {
      Files.writeString(extra.resolve("dc--1.2--1.3.sql"), "SELECT 1;\n");
      Extension ext = ExtensionLoader.load(layout("direct_chain"), null, List.of(extra));
      assertThat(ext.updateScript("1.2", "1.3")).isPresent();
    }
  }

  @Nested
  class BadInput {
    private UserError error(String fixture) {
      return (UserError) org.assertj.core.api.Assertions.catchThrowable(() -> load(fixture));
    }

    @Test
    void namesBothFilesOfAConflictingDuplicate() {
      UserError e = error("duplicate_conflict");
      assertThat(e.oneLine())
          .contains("sql/dup--1.0.sql")
          .contains("conflicts with")
          .contains("duplicate_conflict/dup--1.0.sql");
    }

    @Test
    void listsTheExtensionsWhenSeveralAreFound() {
      assertThat(error("several").getMessage())
          .contains("alpha, beta")
          .contains("--extension NAME");
    }

    @Test
    void saysWhenTheNamedExtensionIsNotThere() {
      assertThatThrownBy(() -> load("several", "gamma"))
          .hasMessageContaining("gamma.control")
          .hasMessageContaining("alpha, beta");
    }

    @Test
    void saysWhenThereIsNoControlFile() {
      assertThat(error("no_control").oneLine())
          .endsWith("no_control: no control file (*.control) in this folder");
    }

    @Test
    void saysWhenTheFolderDoesNotExist() {
      assertThat(error("does_not_exist").oneLine()).endsWith("does_not_exist: no such directory");
    }

    @Test
    void namesTheScriptWithAnInvalidVersionName() {
      UserError e = error("bad_version_name");
      assertThat(e.location().file().getFileName()).hasToString("bvn--1.0---1.1.sql");
      assertThat(e.getMessage()).contains("\"-1.1\"").contains("must not begin or end with \"-\"");
    }

    @Test
    void reportsBadControlFilesWithFileAndLine() {
      assertThat(error("bad_syntax").oneLine())
          .contains("badsyn.control:2")
          .contains("syntax error");
      assertThat(error("bad_unknown_key").oneLine())
          .contains("unk.control:2")
          .contains("\"versoin\"");
      assertThat(error("bad_boolean").oneLine()).contains("bb.control:2").contains("Boolean");
      assertThat(error("bad_schema_relocatable").oneLine())
          .contains("bsr.control:")
          .contains("\"schema\"");
      assertThat(error("bad_secondary").oneLine())
          .contains("bsec--1.0.control:1")
          .contains("secondary");
    }

    @Test
    void namesATruncatedGzipArchive(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("t.control"), "default_version = '1.0'\n");
      Path gz = dir.resolve("t--1.0.sql.gz");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
        out.write(
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n".repeat(50).getBytes());
      }
      byte[] bytes = Files.readAllBytes(gz);
      Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      assertThatThrownBy(() -> ExtensionLoader.load(dir, null, List.of()))
          .isInstanceOf(UserError.class)
          .satisfies(
              e ->
                  assertThat(((UserError) e).oneLine())
                      .contains("t--1.0.sql.gz")
                      .contains("truncated"));
    }

    @Test
    void namesAnUnreadableScript(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("u.control"), "default_version = '1.0'\n");
      Files.createSymbolicLink(dir.resolve("u--1.0.sql"), dir.resolve("gone.sql"));
      assertThatThrownBy(() -> ExtensionLoader.load(dir, null, List.of()))
          .isInstanceOf(UserError.class)
          .satisfies(
              e ->
                  assertThat(((UserError) e).oneLine()).contains("u--1.0.sql: cannot read script"));
    }

    @Test
    void saysWhenAScriptsFolderIsMissing() {
      assertThatThrownBy(
              () -> ExtensionLoader.load(layout("cycle"), null, List.of(Path.of("no/such/dir"))))
          .hasMessageContaining("--scripts folder does not exist");
    }

    @Test
    void saysWhenCargoTomlIsMissingForCargoVersion(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("r.control"), "default_version = '@CARGO_VERSION@'\n");
      assertThatThrownBy(() -> ExtensionLoader.load(dir, null, List.of()))
          .hasMessageContaining("no Cargo.toml");
    }
  }
}
