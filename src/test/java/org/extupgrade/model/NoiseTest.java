package org.extupgrade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Noise#strip} does exactly what the regular expression it replaces did. */
class NoiseTest {
  private static final Pattern REGEX =
      Pattern.compile("\\s*(?:\\S+ -> \\S+|along \\S+|\\([^()]*\\))");

  @Test
  void stripsTheUpgradeThePathAndRemarks() {
    assertThat(
            Noise.strip(
                "function f() differs after upgrade 1.0 -> 2.0 along 1.0--1.1--2.0 (created at"
                    + " x.sql:3)"))
        .isEqualTo("function f differs after upgrade");
    assertThat(Noise.strip("no noise here")).isEqualTo("no noise here");
  }

  @Property(tries = 3000)
  void agreesWithTheRegularExpression(@ForAll("messages") String m) {
    assertThat(Noise.strip(m)).isEqualTo(REGEX.matcher(m).replaceAll(""));
  }

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            " ", "  ", "\t", "\n", "x", "ab", "(", ")", "->", " -> ", "-", ">", "along", "along ",
            "1.0", "f(a)", "(b c)", "\u00a0", "\u2003");
    return pieces.list().ofMaxSize(14).map(l -> String.join("", l));
  }
}
