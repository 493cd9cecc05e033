package org.extupgrade.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.extupgrade.draft.Change;
import org.extupgrade.draft.UpgradeSql;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Draft, append the draft to the update script of each edge, check again: no difference of the
 * classes a draft closes is left, except on objects the draft marks TODO; and a clean fixture
 * drafts to nothing.
 */
class DraftRoundTripTest {
  /** The finding classes a draft closes. */
  static final Set<String> CLOSED =
      Set.of(
          "missing-object",
          "leftover-object",
          "signature-drift",
          "attribute-drift",
          "definition-drift",
          "column-drift",
          "constraint-drift",
          "comment-drift",
          "config-dump-missing");

  static List<Path> defects() throws IOException {
    List<Path> out = new ArrayList<>(CheckFixturesTest.defects());
    out.add(Path.of("examples/shop_audit"));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void aDraftAppendedToEachUpdateScriptClosesWhatCheckFound(Path fixture, @TempDir Path tmp)
      throws IOException {
    Path dir = copy(fixture, tmp.resolve("ext"));
    Extension ext = load(dir);
    List<Finding> before = Check.run(ext, s -> ScriptText.read(ext, s), null, null).findings();
    Map<Script, UpgradeSql> drafts = draftEveryEdge(ext);
    Set<String> todo = new HashSet<>();
    for (Map.Entry<Script, UpgradeSql> d : drafts.entrySet()) {
      for (Change c : d.getValue().todos()) todo.add(c.object());
      if (!d.getValue().isEmpty())
        Files.writeString(
            d.getKey().file(),
            d.getValue().render(),
            StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
    }
    Extension again = load(dir);
    List<Finding> after = Check.run(again, s -> ScriptText.read(again, s), null, null).findings();
    Set<String> kindsBefore = new HashSet<>();
    for (Finding f : before) kindsBefore.add(f.kind().id());
    List<Finding> open =
        after.stream()
            .filter(f -> f.severity() != Severity.INFO)
            .filter(f -> CLOSED.contains(f.kind().id()) || !kindsBefore.contains(f.kind().id()))
            .filter(f -> !todo.contains(f.object()))
            .toList();
    assertThat(open)
        .as("drafts:\n%s\nafter:\n%s", rendered(drafts), Fixtures.render(after))
        .isEmpty();
  }

  static List<String> cleans() throws IOException {
    return CheckFixturesTest.cleans();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cleans")
  void aCleanFixtureDraftsNothing(String name) {
    Extension ext = load(Fixtures.ROOT.resolve(name));
    Map<Script, UpgradeSql> drafts = draftEveryEdge(ext);
    assertThat(drafts.values())
        .as(rendered(drafts))
        .allSatisfy(
            d ->
                assertThat(d.changes().stream().filter(c -> !c.todo()).toList())
                    .as(d.fileName())
                    .isEmpty());
  }

  @org.junit.jupiter.api.Test
  void theDraftOfEveryKindOfChangeIsItsGoldenFile() throws IOException {
    Path dir = Path.of("src/test/resources/draft/every-change");
    Extension ext = load(dir);
    String actual = Draft.of(ext, s -> ScriptText.read(ext, s), "1.0", "2.0").render();
    Path golden = dir.resolve("expected-draft.txt");
    if (Boolean.getBoolean("golden.update"))
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(actual)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.api.Test
  void aCompositeTypeThatGainsAnAttributeIsAlteredNotRecreated(@TempDir Path tmp)
      throws IOException {
    Files.writeString(tmp.resolve("ct.control"), "default_version = '2.0'\nrelocatable = false\n");
    Files.writeString(
        tmp.resolve("ct--1.0.sql"),
        "CREATE TYPE pair AS (a integer, b text);\n"
            + "CREATE FUNCTION mk() RETURNS pair LANGUAGE sql AS $$ SELECT (1, 'x')::pair $$;\n");
    Files.writeString(
        tmp.resolve("ct--2.0.sql"),
        "CREATE TYPE pair AS (a integer, b text, c boolean);\n"
            + "CREATE FUNCTION mk() RETURNS pair LANGUAGE sql AS $$ SELECT (1, 'x', true)::pair $$;\n");
    Extension ext = load(tmp);
    UpgradeSql d = Draft.of(ext, s -> ScriptText.read(ext, s), "1.0", "2.0");
    org.assertj.core.api.Assertions.assertThat(d.render())
        .contains("ALTER TYPE pair\n    ADD ATTRIBUTE c boolean;")
        .doesNotContain("DROP TYPE");
    org.assertj.core.api.Assertions.assertThat(d.todos()).isEmpty();
    org.assertj.core.api.Assertions.assertThat(d.leftOver()).isEmpty();
  }

  /** The draft of each update script whose both ends have a model. */
  static Map<Script, UpgradeSql> draftEveryEdge(Extension ext) {
    Map<Script, UpgradeSql> out = new LinkedHashMap<>();
    List<Script> edges = new ArrayList<>(ext.updateScripts());
    edges.sort(java.util.Comparator.comparing(s -> s.file().toString()));
    for (Script s : edges) {
      try {
        out.put(
            s,
            Draft.of(
                ext,
                x -> ScriptText.read(ext, x),
                java.util.Objects.requireNonNull(s.from()),
                s.to()));
      } catch (UserError e) {
        // a version without a model (no full install, a script that does not parse): no draft
      }
    }
    return out;
  }

  private static String rendered(Map<Script, UpgradeSql> drafts) {
    StringBuilder b = new StringBuilder();
    for (UpgradeSql d : drafts.values()) b.append("== ").append(d.fileName()).append(d.render());
    return b.toString();
  }

  private static Extension load(Path dir) {
    return ExtensionLoader.load(dir, null, List.of());
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
    return to;
  }
}
