package org.extupgrade.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.extupgrade.model.ObjectId;

/**
 * Type names as PostgreSQL resolves them: aliases to one spelling ({@code int}, {@code int4},
 * {@code integer} are {@code integer}), arrays to {@code t[]} whatever their dimensions, {@code
 * _int4} to {@code integer[]}, {@code pg_catalog.} and {@code @extschema@.} dropped.
 */
public final class ParserTypes {
  private ParserTypes() {}

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("int", "integer"),
          Map.entry("int4", "integer"),
          Map.entry("integer", "integer"),
          Map.entry("int2", "smallint"),
          Map.entry("smallint", "smallint"),
          Map.entry("int8", "bigint"),
          Map.entry("bigint", "bigint"),
          Map.entry("float4", "real"),
          Map.entry("real", "real"),
          Map.entry("float8", "double precision"),
          Map.entry("double precision", "double precision"),
          Map.entry("bool", "boolean"),
          Map.entry("boolean", "boolean"),
          Map.entry("varchar", "character varying"),
          Map.entry("character varying", "character varying"),
          Map.entry("char varying", "character varying"),
          Map.entry("char", "character"),
          Map.entry("character", "character"),
          Map.entry("bpchar", "character"),
          Map.entry("timestamptz", "timestamp with time zone"),
          Map.entry("timestamp with time zone", "timestamp with time zone"),
          Map.entry("timestamp", "timestamp without time zone"),
          Map.entry("timestamp without time zone", "timestamp without time zone"),
          Map.entry("timetz", "time with time zone"),
          Map.entry("time with time zone", "time with time zone"),
          Map.entry("time", "time without time zone"),
          Map.entry("time without time zone", "time without time zone"),
          Map.entry("decimal", "numeric"),
          Map.entry("dec", "numeric"),
          Map.entry("numeric", "numeric"),
          Map.entry("varbit", "bit varying"),
          Map.entry("bit varying", "bit varying"),
          Map.entry("text", "text"),
          Map.entry("bytea", "bytea"),
          Map.entry("jsonb", "jsonb"),
          Map.entry("json", "json"),
          Map.entry("uuid", "uuid"),
          Map.entry("date", "date"),
          Map.entry("interval", "interval"),
          Map.entry("oid", "oid"),
          Map.entry("regclass", "regclass"),
          Map.entry("name", "name"));

  /** pg_catalog's type names (PostgreSQL 15, arrays and row types left out) and their aliases. */
  private static final java.util.Set<String> BUILTIN =
      java.util.Set.of(
          ("aclitem any anyarray anycompatible anycompatiblearray anycompatiblemultirange"
                  + " anycompatiblenonarray anycompatiblerange anyelement anyenum anymultirange"
                  + " anynonarray anyrange bit bool box bpchar bytea char cid cidr circle cstring"
                  + " date datemultirange daterange event_trigger fdw_handler float4 float8"
                  + " gtsvector index_am_handler inet int2 int2vector int4 int4multirange int4range"
                  + " int8 int8multirange int8range internal interval json jsonb jsonpath"
                  + " language_handler line lseg macaddr macaddr8 money name numeric"
                  + " nummultirange numrange oid oidvector path pg_brin_bloom_summary"
                  + " pg_brin_minmax_multi_summary pg_ddl_command pg_dependencies pg_lsn"
                  + " pg_mcv_list pg_ndistinct pg_node_tree pg_snapshot point polygon record"
                  + " refcursor regclass regcollation regconfig regdictionary regnamespace regoper"
                  + " regoperator regproc regprocedure regrole regtype table_am_handler text tid"
                  + " time timestamp timestamptz timetz trigger tsm_handler tsmultirange tsquery"
                  + " tsrange tstzmultirange tstzrange tsvector txid_snapshot unknown uuid varbit"
                  + " varchar void xid xid8 xml float decimal dec int integer smallint bigint"
                  + " real boolean character")
              .split(" "));

  /**
   * True for a type name that, written without a schema, means pg_catalog's type (pg_catalog is
   * searched first): {@code date}, {@code int4}, {@code double precision}.
   */
  public static boolean isBuiltin(String name) {
    return BUILTIN.contains(name) || ALIASES.containsKey(name);
  }

  /** The normalized type of a routine argument or result: modifiers dropped. */
  public static String identity(List<Token> ts) {
    return normalize(ts, false);
  }

  /** The normalized type of a column: modifiers kept ({@code character varying(10)}). */
  public static String column(List<Token> ts) {
    return normalize(ts, true);
  }

  static String normalize(List<Token> ts, boolean keepTypmod) {
    List<String> words = new ArrayList<>();
    List<Token> typmod = new ArrayList<>();
    StringBuilder suffix = new StringBuilder();
    boolean array = false;
    boolean setof = false;
    int i = 0;
    while (i < ts.size()) {
      Token t = ts.get(i);
      String tx = t.text();
      if (t.kind() == TokenKind.PUNCT && tx.equals("(")) {
        int depth = 0;
        int j = i;
        for (; j < ts.size(); j++) {
          if (ParserCursor.isOpen(ts.get(j))) depth++;
          else if (ParserCursor.isClose(ts.get(j)) && --depth == 0) break;
        }
        typmod.addAll(ts.subList(i + 1, Math.min(j, ts.size())));
        i = j + 1;
        continue;
      }
      if (t.kind() == TokenKind.PUNCT && tx.equals("[")) {
        array = true;
        while (i < ts.size() && !ts.get(i).text().equals("]")) i++;
        i++;
        continue;
      }
      if (t.kind() == TokenKind.IDENT && t.value().equals("array")) {
        array = true;
        i++;
        continue;
      }
      if (t.kind() == TokenKind.IDENT && t.value().equals("setof") && words.isEmpty()) {
        setof = true;
        i++;
        continue;
      }
      if (tx.equals(".")) {
        words.clear(); // qualifier: keep only what follows the last dot for built-ins below
        suffix.setLength(0);
        i++;
        continue;
      }
      if (tx.equals("%") || t.kind() == TokenKind.OPERATOR && tx.startsWith("%")) {
        // %TYPE / %ROWTYPE: keep the reference as written
        return ParserNames.norm(ts);
      }
      if (t.kind() == TokenKind.PLACEHOLDER) {
        i++;
        continue;
      }
      words.add(t.kind() == TokenKind.QUOTED_IDENT ? ObjectId.quote(t.value()) : t.value());
      i++;
    }
    // a qualified user type (schema.t) other than pg_catalog / @extschema@ keeps its schema
    String qualifier = qualifier(ts);
    String base = String.join(" ", words);
    String mapped = ALIASES.get(base);
    if (mapped == null && base.startsWith("_") && ALIASES.containsKey(base.substring(1))) {
      mapped = ALIASES.get(base.substring(1));
      array = true;
    }
    if (base.equals("float")) {
      mapped = floatType(typmod);
      typmod.clear();
    }
    String name = mapped != null ? mapped : base;
    if (qualifier != null && qualifier.equals(ObjectId.EXTSCHEMA)) {
      // @extschema@.date is the extension's own type, not pg_catalog's date
      if (isBuiltin(base)) name = ObjectId.EXTSCHEMA + "." + base;
    } else if (qualifier != null) {
      name = qualifier + "." + base;
    }
    StringBuilder b = new StringBuilder();
    if (setof) b.append("setof ");
    b.append(name);
    if (keepTypmod && !typmod.isEmpty()) {
      b.append('(').append(ParserNames.norm(typmod).replace(", ", ",")).append(')');
    }
    if (array) b.append("[]");
    return b.toString();
  }

  private static String floatType(List<Token> typmod) {
    if (typmod.size() == 1 && typmod.get(0).kind() == TokenKind.NUMBER) {
      try {
        return Integer.parseInt(typmod.get(0).text()) <= 24 ? "real" : "double precision";
      } catch (NumberFormatException e) {
        return "double precision";
      }
    }
    return "double precision";
  }

  /**
   * The schema written before a type name: null for pg_catalog (and for another extension's
   * placeholder), {@link ObjectId#EXTSCHEMA} for {@code @extschema@}.
   */
  private static @org.jspecify.annotations.Nullable String qualifier(List<Token> ts) {
    for (int i = 0; i + 1 < ts.size(); i++) {
      if (ts.get(i + 1).text().equals(".")) {
        Token q = ts.get(i);
        if (q.kind() == TokenKind.PLACEHOLDER) {
          return q.value().equals("extschema") ? ObjectId.EXTSCHEMA : null;
        }
        String v = q.value();
        return v.equals("pg_catalog") ? null : ObjectId.quote(v);
      }
    }
    return null;
  }
}
