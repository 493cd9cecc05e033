package org.extupgrade.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.extupgrade.model.UserError;

/**
 * A PGXS project's own make targets for its SQL files: every {@code DATA_built} file, and every
 * {@code DATA} file that is not in the tree yet (an install script assembled from pieces, a {@code
 * .sql.in} template). Make is asked for those variables after it has read the whole Makefile.
 */
final class Make {
  private static final List<String> MAKEFILES = List.of("GNUmakefile", "makefile", "Makefile");
  private static final String PRINT = "extupgrade-print-data";

  private Make() {}

  /** The project's makefile in {@code dir}, in GNU make's order of preference. */
  static Optional<Path> makefile(Path dir) {
    return MAKEFILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
  }

  /** Whether the makefile declares files the build makes. */
  static boolean declaresBuiltData(Path makefile) {
    try {
      return Files.readString(makefile, StandardCharsets.ISO_8859_1).contains("DATA_built");
    } catch (IOException e) {
      throw new UserError("cannot read " + makefile + ": " + UserError.describe(e));
    }
  }

  /**
   * Builds the SQL files in the copy {@code tree}; false when the project names none to build.
   *
   * @param wanted file names to build too when make has a rule for them (a missing install script)
   */
  static boolean build(
      Path tree, Path pgConfig, List<String> wanted, Duration timeout, Path scratch)
      throws IOException {
    Path makefile = makefile(tree).orElseThrow();
    Path print = scratch.resolve("print.mk");
    Files.writeString(
        print,
        ".PHONY: "
            + PRINT
            + "\n"
            + PRINT
            + ":\n\t@echo 'DATA_built:' $(DATA_built)\n\t@echo 'DATA:' $(DATA)\n");
    String fileArg = makefile.getFileName().toString();
    List<String> base = List.of("make", "-f", fileArg, "PG_CONFIG=" + pgConfig);
    Map<String, String> env = Map.of("PG_CONFIG", pgConfig.toString());
    List<String> query = new ArrayList<>(base);
    query.addAll(List.of("-f", print.toString(), PRINT));
    String vars = Command.run(query, tree, env, timeout);
    Set<String> targets = new LinkedHashSet<>();
    for (String line : vars.lines().toList()) {
      if (line.startsWith("DATA_built:")) {
        words(line).stream().filter(Make::isSql).forEach(targets::add);
      } else if (line.startsWith("DATA:")) {
        words(line).stream()
            .filter(Make::isSql)
            .filter(w -> !Files.exists(tree.resolve(w)))
            .forEach(targets::add);
      }
    }
    for (String w : wanted) {
      if (!targets.contains(w) && !Files.exists(tree.resolve(w)) && hasRule(base, w, tree, env)) {
        targets.add(w);
      }
    }
    if (targets.isEmpty()) {
      return false;
    }
    List<String> make = new ArrayList<>(base);
    make.addAll(targets);
    Command.run(make, tree, env, timeout);
    return true;
  }

  private static boolean hasRule(
      List<String> base, String target, Path tree, Map<String, String> env) {
    List<String> dryRun = new ArrayList<>(base);
    dryRun.addAll(List.of("-n", target));
    try {
      Command.run(dryRun, tree, env, Duration.ofSeconds(30));
      return true;
    } catch (UserError e) {
      return false;
    }
  }

  private static List<String> words(String line) {
    String rest = line.substring(line.indexOf(':') + 1).strip();
    return rest.isEmpty()
        ? List.of()
        : Arrays.stream(rest.split("\\s+"))
            .map(w -> w.startsWith("./") ? w.substring(2) : w)
            .toList();
  }

  private static boolean isSql(String word) {
    return word.endsWith(".sql") && !word.startsWith("/") && !word.contains("..");
  }
}
