package org.extupgrade.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.extupgrade.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --library}: a real module, built here with gcc from a hand-written magic block (no
 * server headers needed), must serve every installable version; a symbol an old version names and
 * the module lacks is a {@code library-missing-symbol} finding. Runs on the embedded PostgreSQL 18
 * ({@code -Dextupgrade.test.pg=13} for another major); skipped with a message where gcc is missing.
 */
class LibraryCompatibilityTest {
  static final Path FIXTURE = Path.of("src/test/resources/stubs/libx");
  static final int MAJOR = Integer.getInteger("extupgrade.test.pg", 18);

  @TempDir Path tmp;

  @Test
  void aSymbolAnOldVersionNeedsAndTheLibraryLacksIsAFindingNamingVersionFunctionAndSymbol()
      throws Exception {
    Path lib = build(List.of("libx_keep", "libx_new"));
    Run r = verify(lib);
    assertThat(r.exit()).as(r.err() + r.out()).isEqualTo(Main.FINDINGS);
    assertThat(r.out())
        .doesNotContain("stub mode")
        .contains("error library-missing-symbol:")
        .contains(
            "version 1.0 needs symbol \"libx_old\" for function libx_old, which libx.so does not"
                + " export")
        .contains("libx--1.0.sql")
        .contains("could not find function \"libx_old\" in file \"$libdir/libx.so\"");
    assertThat(r.out().lines().filter(l -> l.startsWith("  error ")).count()).isEqualTo(1);
  }

  @Test
  void aLibraryWithEverySymbolServesEveryVersion() throws Exception {
    Path lib = build(List.of("libx_keep", "libx_new", "libx_old"));
    Run r = verify(lib);
    assertThat(r.exit()).as(r.err() + r.out()).isEqualTo(Main.OK);
    assertThat(r.out())
        .contains("1 upgrade checked: 1 clean, 0 with errors or warnings")
        .doesNotContain("stub mode");
  }

  @Test
  void aVersionWithNoUpdatePathIsStillInstalledAgainstTheLibrary() throws Exception {
    Path lib = build(List.of("libx_keep", "libx_new", "libx_old"));
    Run r = verify(lib, Path.of("src/test/resources/stubs/libx-orphan"));
    assertThat(r.exit()).as(r.err() + r.out()).isEqualTo(Main.FINDINGS);
    assertThat(r.out())
        .contains("error no-update-path: version 0.9 can be installed but not updated to 1.1")
        .contains(
            "version 0.9 needs symbol \"libx_ancient\" for function libx_ancient, which libx.so"
                + " does not export");
    assertThat(r.out().lines().filter(l -> l.startsWith("  error ")).count()).isEqualTo(2);
  }

  record Run(int exit, String out, String err) {}

  private static Run verify(Path lib) {
    return verify(lib, FIXTURE);
  }

  private static Run verify(Path lib, Path fixture) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        new Main(new PrintWriter(out), new PrintWriter(err))
            .run(
                "verify",
                fixture.toString(),
                "--pg",
                String.valueOf(MAJOR),
                "--library",
                lib.toString(),
                // libx drops libx_old() in 1.1: a true dependents warning, not this test's subject
                "--skip",
                "dependents");
    return new Run(exit, out.toString(), err.toString());
  }

  /** Compiles libx.so exporting {@code symbols}, each an int function returning 42. */
  private Path build(List<String> symbols) throws IOException, InterruptedException {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/gcc")) || onPath("gcc"),
        "gcc is not installed: the library compatibility test needs it to build a module");
    StringBuilder c = new StringBuilder(magic(MAJOR));
    c.append("typedef struct { int api_version; } Pg_finfo_record;\n")
        .append("static const Pg_finfo_record v1 = { 1 };\n");
    for (String s : symbols) {
      c.append("const Pg_finfo_record *pg_finfo_").append(s).append("(void) { return &v1; }\n");
      c.append("Datum ").append(s).append("(void *fcinfo) { return (Datum) 42; }\n");
    }
    Path src = tmp.resolve("libx.c");
    Files.writeString(src, c, StandardCharsets.UTF_8);
    Path so = tmp.resolve("libx.so");
    Process p =
        new ProcessBuilder("gcc", "-shared", "-fPIC", "-o", so.toString(), src.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(log).isZero();
    return so;
  }

  /**
   * PG_MODULE_MAGIC written out for a 64-bit build with default limits (FUNC_MAX_ARGS 100,
   * INDEX_MAX_KEYS 32, NAMEDATALEN 64, FLOAT8PASSBYVAL): 13 and 14 have no abi_extra, 15 to 17 add
   * it, 18 nests the ABI values and adds a name and version.
   */
  static String magic(int major) {
    String head = "#include <stdint.h>\ntypedef uintptr_t Datum;\n";
    String values = (major * 100) + ", 100, 32, 64, 1";
    String body;
    if (major >= 18) {
      body =
          "typedef struct { int version, funcmaxargs, indexmaxkeys, namedatalen, float8byval;"
              + " char abi_extra[32]; } Pg_abi_values;\n"
              + "typedef struct { int len; Pg_abi_values abi_fields; const char *name;"
              + " const char *version; } Pg_magic_struct;\n"
              + "static const Pg_magic_struct magic = { sizeof(Pg_magic_struct), { "
              + values
              + ", \"PostgreSQL\" }, \"libx\", \"1\" };\n";
    } else if (major >= 15) {
      body =
          "typedef struct { int len, version, funcmaxargs, indexmaxkeys, namedatalen, float8byval;"
              + " char abi_extra[32]; } Pg_magic_struct;\n"
              + "static const Pg_magic_struct magic = { sizeof(Pg_magic_struct), "
              + values
              + ", \"PostgreSQL\" };\n";
    } else {
      body =
          "typedef struct { int len, version, funcmaxargs, indexmaxkeys, namedatalen, float8byval;"
              + " } Pg_magic_struct;\n"
              + "static const Pg_magic_struct magic = { sizeof(Pg_magic_struct), "
              + values
              + " };\n";
    }
    return head + body + "const Pg_magic_struct *Pg_magic_func(void) { return &magic; }\n";
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
