package org.extupgrade.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.extupgrade.cluster.Installations;
import org.extupgrade.draft.UpgradeSql;
import org.extupgrade.draft.live.LiveDraft;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.ScriptText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DraftPropertyTest}'s generated pairs of full installs, drafted with {@code --live} on the
 * embedded PostgreSQL 18 (slow, fixed seeds): the live draft's own check (the draft run as the
 * update script, then diffed with the fresh install) leaves nothing.
 */
class DraftLivePropertyTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, Long.getLong("draftlive.seeds", 6));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theLiveDraftOfAGeneratedPairLeavesNothing(long seed, @TempDir Path dir) throws IOException {
    Random r = new Random(seed);
    DraftPropertyTest.Schema v1 = DraftPropertyTest.first(r);
    DraftPropertyTest.Schema v2 = DraftPropertyTest.second(r, v1);
    Files.writeString(dir.resolve("fx.control"), "default_version = '2.0'\nrelocatable = false\n");
    Files.writeString(dir.resolve("fx--1.0.sql"), v1.sql());
    Files.writeString(dir.resolve("fx--2.0.sql"), v2.sql());
    Extension ext = ExtensionLoader.load(dir, null, List.of());
    UpgradeSql draft =
        LiveDraft.of(
            ext,
            s -> ScriptText.read(ext, s),
            Installations.embedded(Installations.DEFAULT_MAJOR),
            "1.0",
            "2.0");
    assertThat(draft.leftOver())
        .as("1.0:\n%s\n2.0:\n%s\ndraft:\n%s", v1.sql(), v2.sql(), draft.render())
        .isEmpty();
  }
}
