package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} writing every format in one run (one PostgreSQL major, one small fixture: verify
 * tests are slow), each the golden file under {@code src/test/resources/formats/verify}, the SARIF
 * and JUnit XML valid.
 */
class VerifyFormatsTest {
  @TempDir Path tmp;

  @Test
  void verifyWritesEveryFormatAsItsGoldenFile() throws Exception {
    FormatsGoldenTest golden = new FormatsGoldenTest();
    golden.tmp = tmp;
    String fixture = "vf_missing_function";
    FormatsGoldenTest.Run r =
        golden.runAll(
            FormatsGoldenTest.GOLDEN.resolve("verify").resolve(fixture),
            "verify",
            VerifyCommandTest.FIXTURES + fixture,
            // whether this machine has pg_dump of the major is no part of the formats
            "--skip",
            "dump");
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.FINDINGS);
  }
}
