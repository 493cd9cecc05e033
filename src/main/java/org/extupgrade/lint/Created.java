package org.extupgrade.lint;

import java.util.List;
import java.util.Set;
import org.extupgrade.sql.Token;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code CREATE} statement creates, as far as the lint needs it.
 *
 * @param kind the kind in lower case words ({@code function}, {@code materialized view}...)
 * @param name the object's dotted name ({@code schema.name} or {@code name})
 * @param schema the schema the object lands in when written ({@code ON schema.table} for an index),
 *     else empty
 * @param at the statement's first token
 */
record Created(
    String kind,
    Tokens.Name name,
    String schema,
    boolean orReplace,
    boolean ifNotExists,
    Token at) {

  private static final Set<String> MODIFIERS =
      Set.of(
          "temp",
          "temporary",
          "unlogged",
          "global",
          "local",
          "trusted",
          "procedural",
          "constraint",
          "recursive",
          "unique",
          "default");

  /** First words of kinds named by two words ({@code materialized view}, {@code event trigger}). */
  private static final Set<String> FIRST =
      Set.of("materialized", "foreign", "event", "operator", "text", "access");

  /** The key under which a member is known across scripts: {@code kind name}, unqualified. */
  String key() {
    String k = kind.equals("procedure") ? "function" : kind;
    return k + " " + (name.parts().isEmpty() ? "" : name.last());
  }

  /** The statement's object, or null when it is no CREATE the lint reads. */
  static @Nullable Created read(List<Token> ts) {
    if (!Tokens.word(ts, 0, "create")) return null;
    int i = 1;
    boolean orReplace = Tokens.word(ts, 1, "or") && Tokens.word(ts, 2, "replace");
    if (orReplace) i = 3;
    while (i < ts.size() && MODIFIERS.contains(ts.get(i).value())) i++;
    if (i >= ts.size()) return null;
    String kind = ts.get(i++).value();
    if (FIRST.contains(kind) && Tokens.namePart(ts, i) && !Tokens.symbol(ts, i + 1, ".")) {
      kind = kind + " " + ts.get(i++).value();
    }
    if (kind.equals("index") && Tokens.word(ts, i, "concurrently")) i++;
    boolean ine =
        Tokens.word(ts, i, "if")
            && Tokens.word(ts, i + 1, "not")
            && Tokens.word(ts, i + 2, "exists");
    if (ine) i += 3;
    if (kind.equals("transform") && Tokens.word(ts, i, "for")) i++;
    Tokens.Name name = Tokens.name(ts, i);
    String schema = name.schema();
    if (kind.equals("index")) {
      int on = Tokens.find(ts, i, "on");
      if (on > 0) {
        int t = Tokens.word(ts, on + 1, "only") ? on + 2 : on + 1;
        schema = Tokens.name(ts, t).schema();
      }
    }
    return new Created(kind, name, schema, orReplace, ine, ts.get(0));
  }
}
