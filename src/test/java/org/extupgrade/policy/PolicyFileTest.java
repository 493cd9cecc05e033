package org.extupgrade.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extupgrade.toml: every key known or an error at its line; severities and acceptances applied. */
class PolicyFileTest {
  @TempDir Path dir;

  private Policy read(String toml) throws IOException {
    Path f = dir.resolve(PolicyFile.NAME);
    Files.writeString(f, toml);
    return PolicyFile.read(f);
  }

  @Nested
  class Reading {
    @Test
    void aFolderWithoutAPolicyFileHasTheDefaultPolicy() {
      assertThat(PolicyFile.find(dir)).isEqualTo(Policy.none());
    }

    @Test
    void readsEveryKey() throws IOException {
      Policy p =
          read(
              """
              oldest = "1.2"
              build = "make sql"
              [scenarios]
              rerun = "error"
              locks = "off"
              [severity]
              column-order-drift = "error"
              [[accept]]
              kind = "leftover-object"
              script = "x--1.0--1.1.sql"
              reason = "known"
              """);
      assertThat(p.oldest()).isEqualTo("1.2");
      assertThat(p.build()).isEqualTo("make sql");
      assertThat(p.scenarios()).containsEntry("rerun", "error").containsEntry("locks", "off");
      assertThat(p.severities()).containsEntry(FindingKind.COLUMN_ORDER_DRIFT, Severity.ERROR);
      assertThat(p.accepted())
          .singleElement()
          .satisfies(a -> assertThat(a.at().line()).isEqualTo(8));
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLine() {
      assertThatThrownBy(() -> read("oldest = \"1.0\"\n[scenarios]\nrerunn = \"error\"\n"))
          .isInstanceOf(UserError.class)
          .satisfies(e -> assertThat(((UserError) e).location().line()).isEqualTo(3))
          .hasMessageContaining("unknown key \"scenarios.rerunn\"");
    }

    @Test
    void anAcceptanceWithoutAReasonIsAnError() {
      assertThatThrownBy(() -> read("[[accept]]\nkind = \"leftover-object\"\n"))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("needs a reason");
    }

    @Test
    void anUnknownKindOrSeverityIsAnError() {
      assertThatThrownBy(() -> read("[severity]\nleftover = \"error\"\n"))
          .hasMessageContaining("unknown finding kind \"leftover\"");
      assertThatThrownBy(() -> read("[severity]\nleftover-object = \"fatal\"\n"))
          .hasMessageContaining("must be error, warning or info");
    }

    @Test
    void aSyntaxErrorIsAnErrorAtItsLine() {
      assertThatThrownBy(() -> read("oldest = \"1.0\"\n[scenarios\n"))
          .isInstanceOf(UserError.class)
          .satisfies(e -> assertThat(((UserError) e).location().line()).isEqualTo(2));
    }
  }

  @Nested
  class Applying {
    private final Finding leftover =
        Finding.of(FindingKind.LEFTOVER_OBJECT)
            .object("function f(integer)")
            .upgrade("1.0", "1.1")
            .message("function f(integer) is left over")
            .at(Location.of(Path.of("ext", "x--1.0--1.1.sql")))
            .build();

    @Test
    void anAcceptedFindingBecomesInfoWithItsReason() throws IOException {
      Policy p = read("[[accept]]\nscript = \"x--1.0--1.1.sql\"\nreason = \"known\"\n");
      assertThat(Apply.to(p, List.of(leftover)))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
          .satisfies(f -> assertThat(f.message()).endsWith("[accepted in extupgrade.toml: known]"));
    }

    @Test
    void anAcceptanceMatchingNothingIsAWarningAtItsLine() throws IOException {
      Policy p = read("\n[[accept]]\nobject = \"function g()\"\nreason = \"old\"\n");
      List<Finding> out = Apply.to(p, List.of(leftover));
      assertThat(out).hasSize(2);
      assertThat(out.get(0)).isEqualTo(leftover);
      assertThat(out.get(1).kind()).isEqualTo(FindingKind.ACCEPTED_UNUSED);
      assertThat(out.get(1).where().line()).isEqualTo(2);
    }

    @Test
    void severitiesByKindAndByScenario() throws IOException {
      Policy p =
          read("[severity]\nleftover-object = \"warning\"\n[scenarios]\nrerun = \"warning\"\n");
      Finding rerun =
          Finding.of(FindingKind.RERUN_FAILS).message("fails when run a second time").build();
      assertThat(Apply.to(p, List.of(leftover, rerun)))
          .extracting(Finding::severity)
          .containsExactly(Severity.WARNING, Severity.WARNING);
    }
  }
}
