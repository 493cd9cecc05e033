package org.extupgrade.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;

/** {@link GitRepo#blobId} is git's blob id, as JGit computes it. */
class BlobIdTest {
  @Test
  void theEmptyBlobHasGitsWellKnownId() {
    assertThat(GitRepo.blobId(new byte[0])).isEqualTo("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
  }

  @Property(tries = 200)
  void equalsJGitsIdForAnyBytes(@ForAll byte[] bytes) {
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      assertThat(GitRepo.blobId(bytes)).isEqualTo(f.idFor(Constants.OBJ_BLOB, bytes).name());
    }
  }

  @Test
  void aScript() {
    byte[] b =
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
            .getBytes(StandardCharsets.UTF_8);
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      assertThat(GitRepo.blobId(b)).isEqualTo(f.idFor(Constants.OBJ_BLOB, b).name());
    }
  }
}
