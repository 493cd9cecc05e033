package org.extupgrade.draft.live;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the live draft names the extension's schema. The extension is installed into {@code schema}
 * (verify's {@code extupgrade_draft} when the control file fixes none); the draft writes that
 * schema as {@code @extschema@.} where the extension's full install does (and is not relocatable,
 * the only case PostgreSQL substitutes it), as the fixed schema's name when the control file fixes
 * one, and not at all otherwise (an update script runs with the extension's schema first on the
 * search path).
 *
 * @param schema the schema the extension was installed into, as quote_ident writes it
 * @param prefix what {@code schema.} becomes: {@code @extschema@.}, {@code schema.} or empty
 * @param ours true when {@code schema} is the draft's own, so any {@code schema.} in the server's
 *     text (function bodies included) is the extension's schema
 */
record Names(String schema, String prefix, boolean ours, Set<String> builtins) {
  static final String OWN_SCHEMA = "extupgrade_draft";
  static final String EXTSCHEMA = "@extschema@.";

  /**
   * @param schema where the extension is installed
   * @param fixed true when the control file names that schema
   * @param extschema true when the full install writes {@code @extschema@.} and is not relocatable
   */
  static Names of(String schema, boolean fixed, boolean extschema) {
    String prefix = extschema ? EXTSCHEMA : fixed ? schema + "." : "";
    return new Names(schema, prefix, schema.equals(OWN_SCHEMA), Set.of());
  }

  /** These names, with {@code builtins} qualified where unqualified names would find them. */
  Names withBuiltins(Set<String> builtins) {
    return new Names(schema, prefix, ours, Set.copyOf(builtins));
  }

  private Pattern qualified() {
    return Pattern.compile(
        "(?<![A-Za-z0-9_$\"])" + Pattern.quote(schema + ".") + "(?=[\"A-Za-z_])");
  }

  /** A catalog identity or a server-written name with the schema written as the draft writes it. */
  String name(String text) {
    String out = qualified().matcher(text).replaceAll(Matcher.quoteReplacement(prefix));
    if (!ours) return out;
    // left unqualified: only PostgreSQL's substitution of @extschema@ writes the draft's own
    // schema (SET search_path TO 'extupgrade_draft')
    return out.replaceAll("(?<![A-Za-z0-9_$])" + OWN_SCHEMA + "(?![A-Za-z0-9_$])", "@extschema@");
  }

  /**
   * A server-written definition: every {@code schema.} rewritten when the schema is the draft's
   * own; otherwise only the name the server always qualifies (the first one in {@code head}).
   */
  String definition(String text, String head) {
    if (ours) return name(text);
    int at = text.indexOf(head);
    if (at < 0) return text;
    int end = at + head.length();
    String rest = text.substring(end);
    if (!rest.startsWith(schema + ".")) return text;
    return text.substring(0, end) + prefix + rest.substring(schema.length() + 1);
  }

  /** The object's name without its kind: {@code function s.f(integer)} gives {@code f(integer)}. */
  String objectName(String identity, String type) {
    String n = name(identity.substring(type.length() + 1));
    int paren = n.indexOf('(');
    String bare = paren < 0 ? n : n.substring(0, paren);
    boolean named =
        switch (type) {
          case "function",
              "procedure",
              "aggregate",
              "type",
              "table",
              "view",
              "sequence",
              "materialized view" ->
              true;
          default -> false;
        };
    return named && prefix.isEmpty() && !bare.contains(".") && builtins.contains(bare)
        ? EXTSCHEMA + n
        : n;
  }
}
