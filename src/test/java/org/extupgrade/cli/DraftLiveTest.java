package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.extupgrade.cli.VerifyCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code extupgrade draft --live} on the embedded PostgreSQL 18 (slow): drafted, appended,
 * verified.
 */
class DraftLiveTest {
  private static final Pattern UPDATE = Pattern.compile("^(.+)--([^-]+)--([^-]+)\\.sql$");

  static Run run(String... args) {
    return VerifyCommandTest.run(args);
  }

  /** Each update script of the fixture gets its live draft appended; verify is then clean. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "src/test/resources/check/attribute-drift.library",
        "src/test/resources/check/column-drift.after-constraint-guard",
        "src/test/resources/check/comment-drift",
        "src/test/resources/check/config-dump-missing",
        "src/test/resources/check/definition-drift.star-view",
        "src/test/resources/check/leftover-object",
        "src/test/resources/check/missing-object",
        "examples/shop_audit"
      })
  void theLiveDraftOfEachEdgeMakesVerifyClean(String fixture, @TempDir Path tmp)
      throws IOException {
    Path dir = DraftCommandTest.copy(Path.of(fixture), tmp.resolve("ext"));
    StringBuilder wrote = new StringBuilder();
    for (String[] edge : edges(dir)) {
      Run d =
          run("draft", dir.toString(), "--from", edge[0], "--to", edge[1], "--live", "--append");
      assertThat(d.exit()).as(d.err()).isZero();
      wrote.append(d.err());
    }
    assertThat(wrote).as("a defect to draft").contains("wrote ");
    Run v = run("verify", dir.toString(), "--skip", "dependents");
    assertThat(v.exit()).as(v.out() + v.err()).isZero();
    assertThat(v.out()).contains("0 errors, 0 warnings");
  }

  /**
   * The full install of 2.0 makes two functions and an index in a DO block with format(): the
   * static draft has no statement to copy for the functions (nor sees the REVOKE), the live one
   * reads them from the server.
   */
  @Test
  void objectsMadeByDynamicSqlAreDraftedLiveWhereTheStaticDraftMissesThem(@TempDir Path tmp)
      throws IOException {
    Path fixture = Path.of("src/test/resources/draft/live-dynamic");
    Path stat = DraftCommandTest.copy(fixture, tmp.resolve("static"));
    run("draft", stat.toString(), "--from", "1.0", "--append");
    Run sv = run("verify", stat.toString(), "--skip", "dependents");
    assertThat(sv.exit()).isEqualTo(1);
    assertThat(sv.out())
        .contains(
            "error update-fails: ALTER EXTENSION \"dyn\" UPDATE TO '2.0' fails: function"
                + " public.item_name(items) does not exist");

    Path live = DraftCommandTest.copy(fixture, tmp.resolve("live"));
    Run d = run("draft", live.toString(), "--from", "1.0", "--live", "--append");
    assertThat(d.exit()).as(d.err()).isZero();
    String script = Files.readString(live.resolve("dyn--1.0--2.0.sql"));
    assertThat(script)
        .contains("CREATE OR REPLACE FUNCTION @extschema@.item_name(i items)")
        .contains(
            "CREATE INDEX IF NOT EXISTS items_lower_name ON @extschema@.items USING btree (lower(name));")
        .contains("REVOKE EXECUTE ON FUNCTION @extschema@.item_count() FROM PUBLIC;")
        .contains("ADD COLUMN IF NOT EXISTS price numeric(10,2) DEFAULT 0 NOT NULL;");
    Run v = run("verify", live.toString(), "--skip", "dependents");
    assertThat(v.exit()).as(v.out() + v.err()).isZero();
    assertThat(v.out()).contains("0 errors, 0 warnings");
  }

  /**
   * More kinds: a serial column (its sequence, OWNED BY and grant), a materialized view and its
   * unique index, a policy and row security, a domain constraint, a composite attribute, a new
   * enum, a rule, grants and a revoke, a config table's new condition, a dropped table.
   */
  @Test
  void moreKindsOfObjectsRoundTrip(@TempDir Path tmp) throws IOException {
    Path dir =
        DraftCommandTest.copy(Path.of("src/test/resources/draft/live-kinds"), tmp.resolve("lk"));
    Run d = run("draft", dir.toString(), "--from", "1.0", "--live", "--append");
    assertThat(d.exit()).as(d.err()).isZero();
    assertThat(Files.readString(dir.resolve("lk--1.0--2.0.sql")))
        .contains("ALTER TYPE @extschema@.pair ADD ATTRIBUTE c boolean;")
        .contains("ALTER TABLE @extschema@.notes ENABLE ROW LEVEL SECURITY;")
        .contains("ALTER SEQUENCE @extschema@.events_id_seq OWNED BY @extschema@.events.id;")
        .contains("REVOKE SELECT ON TABLE @extschema@.notes FROM PUBLIC;")
        .contains(
            "SELECT pg_catalog.pg_extension_config_dump('@extschema@.settings', 'WHERE NOT"
                + " builtin');");
    // locks: ALTER TYPE ... ADD ATTRIBUTE locks the composite type's relation, which verify's
    // locks scenario reports as a table the extension does not own
    Run v = run("verify", dir.toString(), "--skip", "dependents,locks");
    assertThat(v.exit()).as(v.out() + v.err()).isZero();
    assertThat(v.out()).contains("0 errors, 0 warnings");
  }

  /** The every-change fixture: the live draft leaves only its TODOs (a type change, a default). */
  @Test
  void everyKindOfChangeLeavesOnlyTheTodos() {
    Run d = run("draft", "src/test/resources/draft/every-change", "--from", "1.0", "--live");
    assertThat(d.exit()).isEqualTo(1);
    assertThat(d.err())
        .contains("todo: table column t.n: its type changes from integer to bigint")
        .contains("todo: table t: the default of column m is a label this script adds (calm)")
        .contains("view v uses it: drop it first and create it again after");
    // the view over the retyped column follows the TODO: not left
    assertThat(d.err()).doesNotContain("left:");
    assertThat(d.out())
        .contains("ALTER TABLE labels ALTER COLUMN label DROP DEFAULT;")
        .contains("DROP FUNCTION IF EXISTS stamp();")
        .contains("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'calm' AFTER 'sad';")
        .contains("ALTER TABLE labels ALTER COLUMN label SET DEFAULT stamp();");
  }

  /** {@code from} and {@code to} of each update script in {@code dir}. */
  static List<String[]> edges(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> UPDATE.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> new String[] {m.group(2), m.group(3)})
          .sorted((a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]))
          .toList();
    }
  }
}
