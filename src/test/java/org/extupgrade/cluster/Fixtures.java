package org.extupgrade.cluster;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.extupgrade.layout.ControlFile;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;

/** The fixture extensions under src/test/resources/cluster, built by hand (no loader needed). */
final class Fixtures {
  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/cluster/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** tiny: 1.0 (plain), 1.1 (gzipped full script) and the edge 1.0--1.1. */
  static Extension tiny() {
    Path root = resource("tiny");
    ControlFile control = control(root.resolve("tiny.control"), "tiny", null, "1.1");
    return new Extension(
        "tiny",
        root,
        control,
        "1.1",
        Map.of(),
        List.of(
            new Script(root.resolve("tiny--1.0.sql"), "tiny", null, "1.0"),
            new Script(root.resolve("tiny--1.1.sql.gz"), "tiny", null, "1.1")),
        List.of(new Script(root.resolve("tiny--1.0--1.1.sql"), "tiny", "1.0", "1.1")));
  }

  /** tinydir: its control file names directory = 'tiny_scripts'. */
  static Extension tinydir() {
    Path root = resource("tinydir");
    ControlFile control =
        control(root.resolve("tinydir.control"), "tinydir", "tiny_scripts", "1.0");
    return new Extension(
        "tinydir",
        root,
        control,
        "1.0",
        Map.of(),
        List.of(new Script(root.resolve("tiny_scripts/tinydir--1.0.sql"), "tinydir", null, "1.0")),
        List.of());
  }

  private static ControlFile control(Path file, String name, String directory, String version) {
    return new ControlFile(
        file, name, directory, version, null, null, null, List.of(), List.of(), true, false, true,
        null);
  }
}
