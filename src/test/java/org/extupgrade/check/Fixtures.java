package org.extupgrade.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.jspecify.annotations.Nullable;

/**
 * The fixture extensions under {@code src/test/resources/check}: loading, checking, rendering
 * findings in one line each.
 */
final class Fixtures {
  static final Path ROOT = Path.of("src/test/resources/check");

  private Fixtures() {}

  static List<Path> all() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  static Check.Result check(String name, @Nullable String from, @Nullable String to) {
    Extension ext = ExtensionLoader.load(ROOT.resolve(name), null, List.of());
    return Check.run(ext, s -> ScriptText.read(ext, s), from, to);
  }

  static Check.Result check(String name) {
    return check(name, null, null);
  }

  /** {@code error missing-object 1.0->1.1 function f() @ fx--1.0--1.1.sql:3}. */
  static String line(Finding f) {
    String where =
        f.where() == null
            ? "-"
            : f.where().file().getFileName() + (f.where().line() > 0 ? ":" + f.where().line() : "");
    String pair = f.from().isEmpty() && f.to().isEmpty() ? "scripts" : f.from() + "->" + f.to();
    return f.severity().label()
        + " "
        + f.kind()
        + " "
        + pair
        + " "
        + (f.object().isEmpty() ? "-" : f.object())
        + " @ "
        + where;
  }

  static String render(List<Finding> fs) {
    return fs.stream().map(Fixtures::line).collect(Collectors.joining("\n", "", "\n"));
  }
}
