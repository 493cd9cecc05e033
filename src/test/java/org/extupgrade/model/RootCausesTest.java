package org.extupgrade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One finding per root cause: the same difference seen on many upgrades, however worded. */
class RootCausesTest {
  private static Finding seen(String from, String to, String along, String script) {
    return Finding.of(FindingKind.COMMENT_DRIFT)
        .object("function s.f()")
        .upgrade(from, to)
        .message(
            "function s.f() differs in comment between a fresh install and the upgrade along "
                + along
                + " (comment)")
        .at(Location.of(Path.of(script)))
        .build();
  }

  @Test
  void theSameDifferenceOnAScriptAndOnAWholeUpgradeIsOneFinding() {
    Finding edge = seen("1.1", "1.2", "1.1--1.2", "x--1.1--1.2.sql");
    Finding path = seen("1.0", "2.0", "1.0--1.1--...--2.0 (5 scripts)", "x--1.1--1.2.sql");
    assertThat(RootCauses.what(edge)).isEqualTo(RootCauses.what(path));
    assertThat(RootCauses.group(List.of(edge, path), Comparator.naturalOrder()))
        .singleElement()
        .satisfies(f -> assertThat(f.affects()).containsExactly("1.0 -> 2.0", "1.1 -> 1.2"));
  }

  @Test
  void aDifferenceNoUpgradeToTheTargetShowsIsAWarningSayingSo() {
    Finding edge = seen("1.1", "1.2", "1.1--1.2", "x--1.1--1.2.sql").withSeverity(Severity.ERROR);
    List<Finding> marked = RootCauses.markRepaired(List.of(edge), List.of(), "2.0");
    assertThat(marked)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .endsWith("(repaired by a later script: upgrades to 2.0 do not show it)");
            });
    Finding still = seen("1.0", "2.0", "1.0--1.1--1.2--2.0", "x--1.1--1.2.sql");
    assertThat(RootCauses.markRepaired(List.of(edge), List.of(still), "2.0"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }
}
