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
  void nothingSkippedMeansEveryScenario() {
    assertThat(Check.allExcept(List.of())).isEqualTo(EnumSet.allOf(Check.class));
  }

  @Test
  void namesAreCommaSeparatedRepeatableAndCaseInsensitive() {
    assertThat(Check.allExcept(List.of("rerun, Locks", "data")))
        .containsExactlyInAnyOrder(Check.DOWNGRADE, Check.SCHEMAS, Check.SETTINGS);
  }

  @Test
  void anUnknownNameIsAnInputErrorListingTheKnownOnes() {
    assertThatThrownBy(() -> Check.allExcept(List.of("rerun,lock")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("--skip lock")
        .hasMessageContaining("data, rerun, downgrade, schemas, settings, locks");
  }

  @Test
  void eachCheckHasTheCommandLineNameOfItsScenario() {
    assertThat(EnumSet.allOf(Check.class))
        .extracting(Check::cliName)
        .containsExactly("data", "rerun", "downgrade", "schemas", "settings", "locks");
  }
}
