package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class PgOptionsTest {

  @Command(name = "probe")
  static final class Probe {
    @Mixin PgOptions pg = new PgOptions();
  }

  static PgOptions parse(String... args) {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs(args);
    return probe.pg;
  }

  @Nested
  class Choosing {
    @Test
    void withoutOptionsTheEmbedded18IsUsed() {
      assertThat(parse().installation().major()).isEqualTo(18);
    }

    @Test
    void pgPicksAnEmbeddedMajor() {
      assertThat(parse("--pg", "13").installation().version()).isEqualTo("13.22");
    }

    @Test
    void pgBindirPicksALocalInstallation() {
      Path debian = Path.of("/usr/lib/postgresql/15/bin");
      assumeTrue(
          Files.isExecutable(debian.resolve("postgres")),
          "Debian's PostgreSQL 15 is not installed");
      assertThat(parse("--pg-bindir", debian.toString()).installation().bindir()).isEqualTo(debian);
    }
  }

  @Nested
  class Mistakes {
    @Test
    void anUnknownMajorIsAUserError() {
      assertThatThrownBy(() -> parse("--pg", "12").installation())
          .isInstanceOf(UserError.class)
          .hasMessageStartingWith("unknown PostgreSQL major 12");
    }

    @Test
    void aMajorThatIsNoNumberIsRejectedByTheParser() {
      assertThatThrownBy(() -> parse("--pg", "latest"))
          .isInstanceOf(CommandLine.ParameterException.class);
    }

    @Test
    void pgAndPgBindirTogetherAreAUserError() {
      assertThatThrownBy(
              () -> parse("--pg", "15", "--pg-bindir", "/usr/lib/postgresql/15/bin").installation())
          .isInstanceOf(UserError.class)
          .hasMessage("--pg and --pg-bindir exclude each other: give one of them");
    }

    @Test
    void aBindirWithoutPostgresIsAUserError() {
      assertThatThrownBy(() -> parse("--pg-bindir", "/nonexistent/bin").installation())
          .isInstanceOf(UserError.class)
          .hasMessageContaining("--pg-bindir /nonexistent/bin: no executable postgres");
    }
  }
}
