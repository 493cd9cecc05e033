package org.extupgrade.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.ParserTypes;

/**
 * What PostgreSQL ships in pg_catalog (operator families and classes, types, routines, operators;
 * names from {@code pg_catalog.txt}, PostgreSQL 13 to 18): a script may alter or name them without
 * creating them, so they are never "does not exist". Routines and operators are known by name only:
 * a wrong signature of a built-in is not caught.
 */
final class Builtins {
  private static final Set<String> NAMES = load();

  private Builtins() {}

  /**
   * True when {@code id}, written unqualified or qualified with pg_catalog, names an object
   * PostgreSQL ships.
   */
  static boolean has(ObjectId id) {
    if (!id.schema().equals(ObjectId.EXTSCHEMA) && !id.schema().equals("pg_catalog")) return false;
    return switch (id.kind()) {
      case OPERATOR_FAMILY, OPERATOR_CLASS ->
          !id.args().isEmpty()
              && NAMES.contains(id.kind().label() + "\t" + id.name() + " " + id.args().get(0));
      case TYPE -> NAMES.contains("type\t" + id.name()) || ParserTypes.isBuiltin(id.name());
      case FUNCTION, PROCEDURE, AGGREGATE -> NAMES.contains("routine\t" + id.name());
      case OPERATOR -> NAMES.contains("operator\t" + id.name());
      default -> false;
    };
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = Builtins.class.getResourceAsStream("pg_catalog.txt")) {
      if (in == null) throw new IllegalStateException("resource pg_catalog.txt is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
