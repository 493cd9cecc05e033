package org.extupgrade.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.extupgrade.layout.Script;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.UserError;
import org.extupgrade.sql.Parser;
import org.extupgrade.sql.stmt.Stmt;

/**
 * The statements of each script, parsed once (in parallel). A script that does not lex is a {@code
 * script-syntax} finding at its file and line, not an error of the run: paths through it are not
 * checked, every other one is.
 */
final class ParsedScripts {
  private final Function<Script, String> reader;
  private final Map<Path, Optional<List<Stmt>>> parsed = new HashMap<>();
  private final Map<Path, Finding> syntax = new TreeMap<>();

  ParsedScripts(Function<Script, String> reader) {
    this.reader = reader;
  }

  /** Parses {@code scripts} on all cores, in a stable order. */
  void parseAll(Collection<Script> scripts) {
    List<Script> todo =
        scripts.stream()
            .filter(s -> !parsed.containsKey(s.file()))
            .sorted(Comparator.comparing(x -> x.file().toString()))
            .toList();
    List<Object> results = todo.parallelStream().map(this::parseOne).toList();
    for (int i = 0; i < todo.size(); i++) record(todo.get(i), results.get(i));
  }

  /** The statements of {@code s}, or empty when it does not parse. */
  Optional<List<Stmt>> statements(Script s) {
    Optional<List<Stmt>> got = parsed.get(s.file());
    if (got == null) {
      record(s, parseOne(s));
      got = parsed.get(s.file());
    }
    return got;
  }

  /** Every script read so far, by file, with its statements when it parsed. */
  Map<Path, Optional<List<Stmt>>> all() {
    return parsed;
  }

  /** One {@code script-syntax} finding per script that does not parse, by file. */
  Collection<Finding> syntaxFindings() {
    return syntax.values();
  }

  private Object parseOne(Script s) {
    try {
      return Parser.parse(s.file(), reader.apply(s));
    } catch (UserError e) {
      return e;
    }
  }

  @SuppressWarnings("unchecked")
  private void record(Script s, Object result) {
    if (result instanceof UserError e) {
      parsed.put(s.file(), Optional.empty());
      Location at = e.location() != null ? e.location() : Location.of(s.file());
      syntax.put(
          s.file(),
          Finding.of(FindingKind.SCRIPT_SYNTAX)
              .object("")
              .message(
                  "the script cannot be read: "
                      + e.getMessage()
                      + " (PostgreSQL fails on it too; every path through it is unchecked)")
              .at(at)
              .build());
    } else {
      parsed.put(s.file(), Optional.of((List<Stmt>) result));
    }
  }
}
