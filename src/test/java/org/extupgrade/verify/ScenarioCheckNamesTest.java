package org.extupgrade.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Test;

/** The names {@code --skip} takes. */
class ScenarioCheckNamesTest {
  @Test
  void nothingSkippedMeansEveryScenarioButRerunWhichIsOptIn() {
    assertThat(ScenarioKind.allExcept(List.of()))
        .isEqualTo(EnumSet.complementOf(EnumSet.of(ScenarioKind.RERUN, ScenarioKind.ROLLBACK)));
    assertThat(ScenarioKind.select(List.of("rerun", "rollback"), List.of()))
        .isEqualTo(EnumSet.allOf(ScenarioKind.class));
  }

  @Test
  void namesAreCommaSeparatedRepeatableAndCaseInsensitive() {
    assertThat(ScenarioKind.select(List.of("RERUN"), List.of("rerun, Locks", "data")))
        .containsExactlyInAnyOrder(
            ScenarioKind.DOWNGRADE,
            ScenarioKind.SCHEMAS,
            ScenarioKind.SETTINGS,
            ScenarioKind.DEPENDENTS,
            ScenarioKind.DUMP);
  }

  @Test
  void anUnknownNameIsAnInputErrorListingTheKnownOnes() {
    assertThatThrownBy(() -> ScenarioKind.allExcept(List.of("rerun,lock")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("--skip lock")
        .hasMessageContaining(
            "data, rerun, downgrade, schemas, settings, locks, dependents, dump, rollback");
  }

  @Test
  void eachCheckHasTheCommandLineNameOfItsScenario() {
    assertThat(EnumSet.allOf(ScenarioKind.class))
        .extracting(ScenarioKind::cliName)
        .containsExactly(
            "data",
            "rerun",
            "downgrade",
            "schemas",
            "settings",
            "locks",
            "dependents",
            "dump",
            "rollback");
  }
}
