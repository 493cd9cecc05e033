package org.extupgrade.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.extupgrade.policy.Apply;
import org.extupgrade.policy.PolicyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint findings accepted in extupgrade.toml per rule and object, or per rule and line. */
class LintPolicyTest {
  static final Path DIR = Path.of("src/test/resources/policy/lint-accepted");

  @TempDir Path tmp;

  private List<Finding> applied() {
    Extension ext = ExtensionLoader.load(DIR, null, List.of());
    return Apply.to(PolicyFile.find(DIR), Lint.run(ext, s -> ScriptText.read(ext, s)));
  }

  @Test
  void anAcceptanceByRuleAndObjectTurnsItsFindingToInfoWithTheReason() {
    assertThat(applied())
        .filteredOn(f -> f.kind() == FindingKind.CREATE_OR_REPLACE)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("the next version drops OR REPLACE");
            });
  }

  @Test
  void anAcceptanceByRuleAndLineAcceptsThatLineOnly() {
    assertThat(applied())
        .filteredOn(f -> f.kind() == FindingKind.UNQUALIFIED_OPERATOR)
        .extracting(f -> f.where().line() + " " + f.message().contains("[accepted in"))
        .containsExactly("5 true", "6 false");
  }

  @Test
  void anAcceptanceMatchingNothingIsReportedAtItsLine() {
    assertThat(applied())
        .filteredOn(f -> f.kind() == FindingKind.ACCEPTED_UNUSED)
        .singleElement()
        .satisfies(f -> assertThat(f.where().line()).isEqualTo(12));
  }

  @Test
  void aLineNeedsItsScriptAndANumber() throws IOException {
    Path f = tmp.resolve(PolicyFile.NAME);
    Files.writeString(f, "[[accept]]\nkind = \"alter-owner\"\nline = 3\nreason = \"r\"\n");
    assertThatThrownBy(() -> PolicyFile.read(f))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("needs script")
        .satisfies(e -> assertThat(((UserError) e).location().line()).isEqualTo(3));
    Files.writeString(f, "[[accept]]\nscript = \"a.sql\"\nline = \"3\"\nreason = \"r\"\n");
    assertThatThrownBy(() -> PolicyFile.read(f)).hasMessageContaining("line number");
    Files.writeString(f, "[[accept]]\nscript = \"a.sql\"\nlines = 3\nreason = \"r\"\n");
    assertThatThrownBy(() -> PolicyFile.read(f))
        .hasMessageContaining("unknown key \"accept.lines\"")
        .satisfies(e -> assertThat(((UserError) e).location().line()).isEqualTo(3));
  }
}
