package org.extupgrade.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PathsAnalysisTest {
  private static List<String> kinds(PathsAnalysis a) {
    return a.findings().stream()
        .map(f -> f.severity().label() + " " + f.kind().id() + " " + f.from() + "->" + f.to())
        .toList();
  }

  private static PathsAnalysis example(String name) {
    return PathsAnalysis.of(ExtensionLoader.load(Path.of("examples", name), null, List.of()));
  }

  @Nested
  class Matrix {
    @Test
    void listsEveryOrderedPairWithPostgresPath() {
      PathsAnalysis a = example("shop_audit");
      assertThat(a.versions()).containsExactly("1.0", "1.1", "1.2", "2.0");
      assertThat(a.rows()).hasSize(12);
      assertThat(a.rows().get(2))
          .isEqualTo(new PathsAnalysis.Row("1.0", "2.0", List.of("1.0", "1.1", "1.2", "2.0")));
      assertThat(a.rows().get(2).joined()).isEqualTo("1.0--1.1--1.2--2.0");
      assertThat(a.path("2.0", "1.0")).isEmpty();
      assertThat(a.rows().stream().filter(r -> r.path() == null)).hasSize(6);
    }

    @Test
    void takesTheDirectScriptOverTheChain() {
      PathsAnalysis a = PathsAnalysis.of(Fixtures.load("direct_chain"));
      assertThat(a.path("1.0", "1.2")).contains(List.of("1.0", "1.2"));
      assertThat(a.length("1.0", "1.2")).isEqualTo(1);
    }
  }

  @Nested
  class Findings {
    @Test
    void theCleanExampleHasNone() {
      assertThat(example("shop_audit_clean").findings()).isEmpty();
    }

    @Test
    void aGapADeadScriptAndAVersionAfterTheDefaultAreReported() {
      PathsAnalysis a = PathsAnalysis.of(Fixtures.load("gap"));
      assertThat(kinds(a))
          .containsExactly(
              "warning unreachable-script 0.8->0.9",
              "error no-path-to-default 1.0->1.2",
              "info newer-than-default 1.20->1.2");
      Finding gap = a.findings().get(1);
      assertThat(gap.where().file().getFileName()).hasToString("gap--1.0.sql");
      assertThat(gap.suggestion()).isEqualTo("add gap--1.0--1.2.sql");
    }

    /**
     * Class F of docs/real-world-others.md. A version newer than default_version (by {@link
     * VersionOrder}) with no update path down to it is no user stuck on an old version: nobody is
     * on it without asking for it ({@code CREATE EXTENSION ... VERSION '1.1'} or {@code UPDATE TO
     * '1.1'}), because CREATE EXTENSION installs the default. It is the next version in development
     * (an update script written before default_version moves), or a full script of a future
     * release; users do not downgrade, so "no path to default" is no error, and a script to it
     * named by no other file is the normal state of development, not a typo to warn about. The one
     * thing worth saying, at info, is that default_version may need bumping at release. An older
     * version without a path stays an error (the gap fixture).
     */
    @Test
    void versionsNewerThanTheDefaultWithoutAPathDownAreOnlyNoted() {
      PathsAnalysis a = PathsAnalysis.of(Fixtures.load("in_development"));
      assertThat(kinds(a))
          .containsExactly("info newer-than-default 1.1->1.0", "info newer-than-default 2.0->1.0");
      assertThat(a.findings().get(0).message()).contains("VERSION '1.1'");
      assertThat(a.findings().get(0).suggestion())
          .isEqualTo("default_version = '1.1' once 1.1 is released");
    }

    /**
     * Class G of docs/real-world-others.md: the usual layout keeps only the current full install
     * script and every update script. Each update script starts at a version no file installs, and
     * that is the layout, not a problem of each script: one info finding says that those upgrades
     * cannot be tested and what would let them be, instead of one warning per script. A script that
     * also leads to no path to default_version still has its own warning (the gap fixture's
     * 0.8--0.9).
     */
    @Test
    void onlyTheCurrentFullScriptKeptIsOneNoteNotAWarningPerScript() {
      PathsAnalysis a = PathsAnalysis.of(Fixtures.load("current_only"));
      assertThat(kinds(a)).containsExactly("info old-versions-untestable ->");
      assertThat(a.findings().get(0).message())
          .startsWith(
              "2 update scripts start at 2 versions (1.0, 1.1) that these files cannot install")
          .contains("to 1.2");
      assertThat(a.findings().get(0).suggestion()).contains("--scripts DIR");
    }

    @Test
    void aCycleIsInformation() {
      PathsAnalysis a = PathsAnalysis.of(Fixtures.load("cycle"));
      assertThat(kinds(a)).containsExactly("info update-cycle 1.0->1.0");
      assertThat(a.findings().get(0).message()).contains("1.0, 1.1, 1.2");
    }

    @Test
    void aDirectScriptBesideAChainAsksForBothToBeTested() {
      PathsAnalysis a = PathsAnalysis.of(Fixtures.load("direct_chain"));
      assertThat(kinds(a)).containsExactly("info direct-and-chain 1.0->1.2");
      assertThat(a.findings().get(0).message())
          .contains("dc--1.0--1.2.sql")
          .contains("1.0--1.1--1.2");
    }

    @Test
    void aDefaultVersionWithoutScriptOrPathIsAnError() {
      Extension ext = Fixtures.load("gap");
      Extension renamed =
          new Extension(
              ext.name(),
              ext.root(),
              ext.control(),
              "9.9",
              ext.versionControls(),
              ext.installScripts(),
              ext.updateScripts());
      PathsAnalysis a = PathsAnalysis.of(renamed);
      assertThat(a.findings())
          .extracting((Finding f) -> f.kind().id())
          .contains("default-version-not-installable");
      assertThat(a.findings())
          .extracting((Finding f) -> f.kind().id())
          .doesNotContain("no-path-to-default");
      assertThat(
              a.findings().stream()
                  .filter(f -> f.kind().id().equals("default-version-not-installable"))
                  .findFirst()
                  .orElseThrow()
                  .where()
                  .line())
          .isEqualTo(3);
    }

    @Test
    void aDefaultVersionInstalledThroughUpdatesIsNoted() {
      PathsAnalysis a = PathsAnalysis.of(Fixtures.load("ties"));
      assertThat(a.findings())
          .filteredOn(f -> f.kind().id().equals("default-version-installed-by-update"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("tie--0.9b.sql").contains("0.9b--3.0"));
      assertThat(a.findings())
          .filteredOn(f -> f.severity() == Severity.ERROR)
          .extracting(Finding::from)
          .containsExactly("1.0", "1.1a", "1.1b", "2.0");
    }

    @Test
    void aMissingDefaultVersionIsAWarning() {
      Extension ext = Fixtures.load("cycle");
      Extension none =
          new Extension(
              ext.name(),
              ext.root(),
              ext.control(),
              null,
              ext.versionControls(),
              ext.installScripts(),
              ext.updateScripts());
      assertThat(PathsAnalysis.of(none).findings())
          .extracting((Finding f) -> f.kind().id())
          .contains("no-default-version");
    }
  }
}
