package org.extupgrade.check;

import java.util.List;
import java.util.regex.Pattern;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.ParserTypes;
import org.jspecify.annotations.Nullable;

/**
 * How an extension's scripts name things, as PostgreSQL substitutes them when it runs a script.
 *
 * <p>{@code alias}: the schema unqualified names land in: the control file's {@code schema}, else
 * {@code public} (the target schema of a relocatable or schema-less extension unless the user picks
 * another); names qualified with it are the extension schema; null when unknown. {@code
 * modulePathname}: the control file's {@code module_pathname}: PostgreSQL replaces the text {@code
 * MODULE_PATHNAME} with it before running a script; null when not set (then nothing is replaced).
 */
final class Naming {
  private final @Nullable String alias;
  private final @Nullable String modulePathname;

  /** {@code "alias".}, as a qualifier is written in normalized text; null without an alias. */
  private final @Nullable String prefix;

  /** {@code "alias".} where it starts a qualified name; null without an alias. */
  private final @Nullable Pattern qualifier;

  Naming(@Nullable String alias, @Nullable String modulePathname) {
    this.alias = alias;
    this.modulePathname = modulePathname;
    this.prefix = alias == null ? null : ObjectId.quote(alias) + ".";
    this.qualifier =
        prefix == null ? null : Pattern.compile("(?<![\\w.\"$])" + Pattern.quote(prefix));
  }

  @Nullable String alias() {
    return alias;
  }

  /** Definition text with the extension schema's qualifier dropped, like {@code @extschema@.}. */
  String canonicalText(String text) {
    if (qualifier == null || prefix == null || text.isEmpty() || !text.contains(prefix))
      return text;
    return qualifier.matcher(text).replaceAll("");
  }

  /** The key of an object: the extension schema written out is the extension schema. */
  ObjectId canonical(ObjectId id) {
    if (alias == null || prefix == null) return id;
    ObjectId c = id.schema().equals(alias) ? id.withSchema(ObjectId.EXTSCHEMA) : id;
    boolean qualified = false;
    for (String a : c.args()) qualified |= a.startsWith(prefix);
    if (!qualified) return c;
    if (c.kind().isTableScoped()) {
      String t = c.args().get(0);
      return new ObjectId(c.kind(), c.schema(), c.name(), List.of(t.substring(prefix.length())));
    }
    if (c.kind() == ObjectKind.OPERATOR_CLASS || c.kind() == ObjectKind.OPERATOR_FAMILY) return c;
    List<String> args = c.args().stream().map(this::type).toList();
    String name =
        c.kind() == ObjectKind.CAST ? "(" + args.get(0) + " AS " + args.get(1) + ")" : c.name();
    return new ObjectId(c.kind(), c.schema(), name, args);
  }

  /**
   * A normalized type name with the extension schema's qualifier in one spelling: dropped, except
   * before a built-in's name ({@code myschema.date} is not {@code date}, which means pg_catalog's).
   */
  String type(String t) {
    if (prefix == null || !t.startsWith(prefix)) return t;
    String rest = t.substring(prefix.length());
    String base = rest.endsWith("[]") ? rest.substring(0, rest.length() - 2) : rest;
    return ParserTypes.isBuiltin(base) ? ObjectId.EXTSCHEMA + "." + rest : rest;
  }

  /**
   * A column type or routine result: one type ({@code setof} allowed) through {@link #type}, so
   * that {@code myschema.date} stays apart from {@code date}; anything longer ({@code TABLE(...)})
   * through {@link #canonicalText}.
   */
  String typeText(String t) {
    String setof = t.startsWith("setof ") ? "setof " : "";
    String base = t.substring(setof.length());
    int paren = base.indexOf('(');
    String name = paren < 0 ? base : base.substring(0, paren);
    if (name.contains(" ") || name.contains(",") || base.startsWith("TABLE(")) {
      return canonicalText(t);
    }
    return setof + type(name) + (paren < 0 ? "" : base.substring(paren));
  }

  /** Text as PostgreSQL runs it: {@code MODULE_PATHNAME} replaced when the control file sets it. */
  String substitute(String text) {
    return modulePathname == null ? text : text.replace("MODULE_PATHNAME", modulePathname);
  }
}
