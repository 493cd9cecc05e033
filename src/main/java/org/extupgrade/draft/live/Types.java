package org.extupgrade.draft.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extupgrade.catalog.CatalogObject;
import org.extupgrade.draft.Change;
import org.extupgrade.draft.live.LiveDrafter.Ranked;
import org.jspecify.annotations.Nullable;

/**
 * A type both installs have, changed: enum labels added at their place ({@code ADD VALUE ...
 * BEFORE/AFTER}), composite attributes added at the end or dropped, a domain's default and NOT
 * NULL; anything else is a TODO (PostgreSQL cannot remove or reorder enum labels).
 */
final class Types {
  private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
  private final LiveDrafter.Inputs in;

  Types(LiveDrafter.Inputs in) {
    this.in = in;
  }

  List<Ranked> changed(
      String id, CatalogObject a, CatalogObject b, BiConsumer<String, String> recreate) {
    String name = in.names().objectName(id, "type");
    Catalog.Def d = in.freshDefs().get(id);
    long rank = d == null ? Long.MAX_VALUE : d.rank();
    var fa = a.fields();
    var fb = b.fields();
    List<Ranked> out = new ArrayList<>();
    String kind = fa.getOrDefault("kind", "");
    if (!kind.equals(fb.getOrDefault("kind", ""))) {
      out.add(
          new Ranked(
              rank,
              todo(name, "its kind changes: a new type, columns converted, the old one dropped")));
    } else if (kind.equals("e")) {
      out.add(
          new Ranked(rank, labels(name, literals(fa.get("labels")), literals(fb.get("labels")))));
    } else if (kind.equals("c")) {
      out.add(
          new Ranked(
              rank, attributes(name, lines(fa.get("attributes")), lines(fb.get("attributes")))));
    } else if (kind.equals("d") && !LiveDrafter.differ(a, b, "base_type", "collation")) {
      if (!Objects.equals(fa.get("default"), fb.get("default"))) {
        String dflt = d == null ? null : d.extra();
        out.add(
            new Ranked(
                rank,
                Change.of(
                    "type " + name,
                    "its default differs from the full install's",
                    "ALTER DOMAIN "
                        + name
                        + (dflt == null
                            ? " DROP DEFAULT;"
                            : " SET DEFAULT " + in.names().name(dflt) + ";"))));
      }
      if (!Objects.equals(fa.get("not_null"), fb.get("not_null")))
        out.add(
            new Ranked(
                rank,
                Change.of(
                    "type " + name,
                    "NOT NULL differs from the full install's",
                    "ALTER DOMAIN "
                        + name
                        + (Kinds.yes(fa.get("not_null")) ? " SET NOT NULL;" : " DROP NOT NULL;"))));
    } else {
      out.add(
          new Ranked(
              rank,
              todo(
                  name,
                  "differs in "
                      + LiveDrafter.fields(a, b)
                      + ": columns and functions use it, so ALTER it by hand")));
    }
    return out;
  }

  /**
   * The enum label new in this draft that the fresh default of column {@code id} names, or null (an
   * update script is one transaction: PostgreSQL refuses a label added in it until it commits).
   */
  static @Nullable String newLabel(LiveDrafter.Inputs in, String id) {
    Catalog.Def d = in.freshDefs().get(id);
    if (d == null || d.extra() == null) return null;
    for (CatalogObject o : in.fresh().objects().values()) {
      if (!"e".equals(o.fields().get("kind")) || !Kinds.type(o.identity()).equals("type")) continue;
      CatalogObject u = in.upgraded().objects().get(o.identity());
      List<String> old = u == null ? List.of() : Types.literals(u.fields().get("labels"));
      String type = in.names().objectName(o.identity(), "type");
      String bare = type.substring(type.lastIndexOf('.') + 1);
      for (String l : Types.literals(o.fields().get("labels"))) {
        String lit = "'" + l.replace("'", "''") + "'::";
        String dflt = in.names().name(d.extra());
        if (!old.contains(l) && (dflt.contains(lit + type) || dflt.contains(lit + bare))) return l;
      }
    }
    return null;
  }

  private static Change labels(String name, List<String> want, List<String> have) {
    int at = 0;
    for (String l : want) if (at < have.size() && have.get(at).equals(l)) at++;
    if (at < have.size())
      return todo(
          name,
          "enum labels are removed or reordered, which PostgreSQL cannot do: a new"
              + " type, columns converted, the old one dropped");
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < want.size(); i++) {
      String l = want.get(i);
      if (have.contains(l)) continue;
      String place =
          i > 0
              ? " AFTER " + quote(want.get(i - 1))
              : " BEFORE " + quote(have.isEmpty() ? l : have.get(0));
      sql.append("ALTER TYPE ")
          .append(name)
          .append(" ADD VALUE IF NOT EXISTS ")
          .append(quote(l))
          .append(have.isEmpty() ? "" : place)
          .append(";\n");
    }
    return Change.of(
        "type " + name, "labels new in the full install, each at its place", sql.toString());
  }

  private Change attributes(String name, List<String> want, List<String> have) {
    StringBuilder sql = new StringBuilder();
    if (want.size() >= have.size() && want.subList(0, have.size()).equals(have)) {
      for (String a : want.subList(have.size(), want.size()))
        sql.append("ALTER TYPE ")
            .append(name)
            .append(" ADD ATTRIBUTE ")
            .append(in.names().name(a))
            .append(";\n");
    } else if (have.containsAll(want)
        && have.stream().filter(want::contains).toList().equals(want)) {
      for (String a : have)
        if (!want.contains(a))
          sql.append("ALTER TYPE ")
              .append(name)
              .append(" DROP ATTRIBUTE ")
              .append(a.substring(0, a.indexOf(' ')))
              .append(";\n");
    } else {
      return todo(
          name,
          "its attributes are retyped or reordered: ALTER TYPE ... ATTRIBUTE by hand"
              + " (DROP TYPE fails while columns or functions use it)");
    }
    return Change.of("type " + name, "attributes differ from the full install's", sql.toString());
  }

  private static Change todo(String name, String why) {
    return Change.todo("type " + name, why, "");
  }

  static List<String> literals(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = LITERAL.matcher(text);
    while (m.find()) out.add(m.group(1).replace("''", "'"));
    return out;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text.split("\n"));
  }

  private static String quote(String label) {
    return "'" + label.replace("'", "''") + "'";
  }
}
