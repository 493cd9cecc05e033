package org.extupgrade.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionOrderTest {
  @ParameterizedTest(name = "{0} is newer than {1}")
  @CsvSource({
    "0.10.0, 0.9.0", "1.0, 1.0-beta", "1.0, 1.0beta1", "1.0-rc10, 1.0-rc2", "1.0-rc1, 1.0-beta3",
    "2, 1.99", "1.0.1, 1.0", "1.0, unpackaged", "10.0, 9.6", "1.0-beta, 0.9"
  })
  void ordersReleasesNumerically(String newer, String older) {
    assertThat(VersionOrder.newer(newer, older)).isTrue();
    assertThat(VersionOrder.newer(older, newer)).isFalse();
  }

  @Test
  void isATotalOrderConsistentWithEquals() {
    assertThat(VersionOrder.INSTANCE.compare("1.0", "1.0.0")).isNegative();
    assertThat(VersionOrder.INSTANCE.compare("1.0", "1.0")).isZero();
  }

  @Test
  void sortsAMixedListTheWayPeopleRead() {
    List<String> v =
        new ArrayList<>(
            List.of("1.10", "1.9", "1.0-beta", "unpackaged", "1.0", "2.0.0-rc1", "2.0.0"));
    v.sort(VersionOrder.INSTANCE);
    assertThat(v)
        .containsExactly("unpackaged", "1.0-beta", "1.0", "1.9", "1.10", "2.0.0-rc1", "2.0.0");
  }
}
