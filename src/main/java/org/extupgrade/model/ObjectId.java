package org.extupgrade.model;

import java.util.List;
import java.util.Objects;

/**
 * The identity of a database object, as PostgreSQL decides "the same object": kind, schema, name
 * and, for routines and operators, the normalized argument types; for casts the source and target
 * type; for triggers, policies and rules the table; for operator classes and families the index
 * method.
 *
 * @param schema {@link #EXTSCHEMA} for the extension's own schema (unqualified or
 *     {@code @extschema@}-qualified names), another schema name, or empty for objects outside
 *     schemas (schemas, casts, event triggers)
 */
public record ObjectId(ObjectKind kind, String schema, String name, List<String> args)
    implements Comparable<ObjectId> {

  /** The schema of unqualified and {@code @extschema@}-qualified names. */
  public static final String EXTSCHEMA = "@extschema@";

  public ObjectId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schema, "schema");
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("an object needs a name");
    }
    args = List.copyOf(args);
  }

  public static ObjectId of(ObjectKind kind, String schema, String name) {
    return new ObjectId(kind, schema, name, List.of());
  }

  /** The same object under another name (RENAME TO). */
  public ObjectId withName(String newName) {
    return new ObjectId(kind, schema, newName, args);
  }

  /** An object of another kind with the same schema, name and arguments. */
  public ObjectId withKind(ObjectKind k) {
    return new ObjectId(k, schema, name, args);
  }

  /** The same object in another schema (SET SCHEMA). */
  public ObjectId withSchema(String newSchema) {
    return new ObjectId(kind, newSchema, name, args);
  }

  /**
   * {@code name} or {@code schema.name}, quoted where SQL needs it; the extension schema is
   * implied.
   */
  public String qualifiedName() {
    String n = kind == ObjectKind.OPERATOR ? name : quote(name);
    return schema.isEmpty() || schema.equals(EXTSCHEMA) ? n : quote(schema) + "." + n;
  }

  /**
   * The object in SQL words, e.g. {@code function f(integer, text)} or {@code trigger t on tbl}.
   */
  public String display() {
    return kind.label() + " " + sqlName();
  }

  /**
   * The part after the kind keywords in DDL: {@code f(integer)}, {@code t ON tbl}, {@code (a AS
   * b)}.
   */
  public String sqlName() {
    if (kind == ObjectKind.CAST) {
      return "(" + args.get(0) + " AS " + args.get(1) + ")";
    }
    if (kind.isTableScoped()) {
      return quote(name) + " ON " + args.get(0);
    }
    if (kind == ObjectKind.OPERATOR_CLASS || kind == ObjectKind.OPERATOR_FAMILY) {
      return qualifiedName() + " USING " + args.get(0);
    }
    if (kind.isRoutine() || kind == ObjectKind.OPERATOR) {
      return qualifiedName() + "(" + String.join(", ", args) + ")";
    }
    return qualifiedName();
  }

  /** An identifier as SQL text: bare when it is lower-case and plain, double-quoted otherwise. */
  public static String quote(String ident) {
    if (plain(ident)) {
      return ident;
    }
    return "\"" + ident.replace("\"", "\"\"") + "\"";
  }

  // equals and hashCode written out (the values a record's own would give): ids are map keys on
  // every step of a check, and the generated ones run through method handles, slow in a short run.
  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectId x
        && kind == x.kind
        && name.equals(x.name)
        && schema.equals(x.schema)
        && args.equals(x.args);
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + schema.hashCode()) * 31 + name.hashCode()) * 31
        + args.hashCode();
  }

  /** {@code [a-z_][a-z0-9_$]*}, without a regular expression (every name shown goes through it). */
  private static boolean plain(String ident) {
    if (ident.isEmpty()) return false;
    for (int i = 0; i < ident.length(); i++) {
      char c = ident.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || c == '_' || (i > 0 && ((c >= '0' && c <= '9') || c == '$'));
      if (!ok) return false;
    }
    return true;
  }

  @Override
  public int compareTo(ObjectId o) {
    int c = kind.compareTo(o.kind);
    if (c == 0) c = schema.compareTo(o.schema);
    if (c == 0) c = name.compareTo(o.name);
    if (c == 0) c = compareJoined(args, o.args);
    return c;
  }

  /** The order of {@code String.join(",", a)} and {@code String.join(",", b)}, without joining. */
  private static int compareJoined(List<String> a, List<String> b) {
    int i = 0;
    int p = 0;
    int j = 0;
    int q = 0;
    while (true) {
      int x = joinedChar(a, i, p);
      int y = joinedChar(b, j, q);
      if (x != y) return x < 0 ? -1 : y < 0 ? 1 : x - y;
      if (x < 0) return 0;
      if (p < a.get(i).length()) p++;
      else {
        i++;
        p = 0;
      }
      if (q < b.get(j).length()) q++;
      else {
        j++;
        q = 0;
      }
    }
  }

  /**
   * The character at position {@code p} of element {@code i} (its length: the comma), -1 at end.
   */
  private static int joinedChar(List<String> l, int i, int p) {
    if (i >= l.size()) return -1;
    String s = l.get(i);
    if (p < s.length()) return s.charAt(p);
    return i + 1 < l.size() ? ',' : -1;
  }
}
