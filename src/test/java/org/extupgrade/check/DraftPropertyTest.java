package org.extupgrade.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.extupgrade.draft.Change;
import org.extupgrade.draft.UpgradeSql;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.ExtensionLoader;
import org.extupgrade.layout.ScriptText;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;

/**
 * Generated pairs of full installs (enums, tables with columns, defaults and NOT NULL, functions,
 * views over the tables, comments): version 2.0 is 1.0 changed at random. The draft 1.0 -> 2.0,
 * written as the update script, leaves nothing for {@code check} to find but what it marks TODO.
 */
class DraftPropertyTest {
  record Col(String name, String type, String dflt, boolean notNull) {
    Col withType(String t) {
      return new Col(name, t, t.equals(type) ? dflt : "", t.equals(type) && notNull);
    }

    String sql() {
      return name
          + " "
          + type
          + (dflt.isEmpty() ? "" : " DEFAULT " + dflt)
          + (notNull ? " NOT NULL" : "");
    }
  }

  record Table(String name, List<Col> cols) {}

  record Fn(String name, List<String> args, String result, String volatility, String body) {}

  record View(String name, String table, List<String> cols) {}

  record Schema(
      List<String> labels,
      List<Table> tables,
      List<Fn> fns,
      List<View> views,
      Map<String, String> comments) {
    String sql() {
      StringBuilder b = new StringBuilder();
      b.append("CREATE TYPE mood AS ENUM (")
          .append(labels.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", ")))
          .append(");\n");
      for (Table t : tables)
        b.append("CREATE TABLE ")
            .append(t.name())
            .append(" (")
            .append(t.cols().stream().map(Col::sql).collect(Collectors.joining(", ")))
            .append(");\n");
      for (Fn f : fns)
        b.append("CREATE FUNCTION ")
            .append(f.name())
            .append("(")
            .append(String.join(", ", f.args()))
            .append(") RETURNS ")
            .append(f.result())
            .append(" LANGUAGE sql ")
            .append(f.volatility())
            .append(" AS $$ ")
            .append(f.body())
            .append(" $$;\n");
      for (View v : views)
        b.append("CREATE VIEW ")
            .append(v.name())
            .append(" AS SELECT ")
            .append(String.join(", ", v.cols()))
            .append(" FROM ")
            .append(v.table())
            .append(";\n");
      for (Map.Entry<String, String> c : comments.entrySet())
        b.append("COMMENT ON ")
            .append(c.getKey())
            .append(" IS '")
            .append(c.getValue())
            .append("';\n");
      return b.toString();
    }
  }

  private static final List<String> TYPES = List.of("integer", "text", "bigint", "boolean");

  static Schema first(Random r) {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(3); i++) {
      List<Col> cols = new ArrayList<>();
      cols.add(new Col("id", "integer", "", true));
      for (int c = 0; c < 1 + r.nextInt(3); c++) cols.add(col(r, "c" + c));
      tables.add(new Table("t" + i, cols));
    }
    List<Fn> fns = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(3); i++)
      fns.add(new Fn("f" + i, List.of("a integer"), "integer", "volatile", "SELECT a + " + i));
    Map<String, String> comments = new LinkedHashMap<>();
    comments.put("TABLE t0", "the first table");
    return new Schema(List.of("sad", "happy"), tables, fns, views(r, tables), comments);
  }

  static Col col(Random r, String name) {
    String type = TYPES.get(r.nextInt(TYPES.size()));
    String dflt =
        r.nextBoolean()
            ? ""
            : switch (type) {
              case "text" -> "'x'";
              case "boolean" -> "false";
              default -> "0";
            };
    return new Col(name, type, dflt, !dflt.isEmpty() && r.nextBoolean());
  }

  static List<View> views(Random r, List<Table> tables) {
    List<View> out = new ArrayList<>();
    for (Table t : tables) {
      if (r.nextInt(3) == 0) continue;
      List<String> cols = new ArrayList<>();
      for (Col c : t.cols()) if (cols.isEmpty() || r.nextBoolean()) cols.add(c.name());
      out.add(new View("v_" + t.name(), t.name(), cols));
    }
    return out;
  }

  /** Version 2.0: the same schema changed at random. */
  static Schema second(Random r, Schema s) {
    List<String> labels = new ArrayList<>(s.labels());
    if (r.nextBoolean()) labels.add(r.nextInt(labels.size() + 1), "calm");
    List<Table> tables = new ArrayList<>();
    for (Table t : s.tables()) {
      if (!t.name().equals("t0") && r.nextInt(5) == 0) continue; // dropped
      List<Col> cols = new ArrayList<>();
      for (Col c : t.cols()) {
        if (!c.name().equals("id") && r.nextInt(4) == 0) continue; // dropped
        Col n = c;
        if (r.nextInt(4) == 0 && c.type().equals("integer"))
          n = new Col(c.name(), "bigint", c.dflt(), c.notNull());
        if (r.nextInt(4) == 0 && !c.name().equals("id")) n = col(r, c.name()).withType(n.type());
        cols.add(n);
      }
      if (r.nextBoolean()) cols.add(col(r, "n" + r.nextInt(3)));
      tables.add(new Table(t.name(), cols));
    }
    if (r.nextBoolean())
      tables.add(new Table("t_new", List.of(new Col("id", "integer", "", true))));
    List<Fn> fns = new ArrayList<>();
    for (Fn f : s.fns()) {
      if (!f.name().equals("f0") && r.nextInt(5) == 0) continue;
      Fn n = f;
      switch (r.nextInt(6)) {
        case 0 -> n = new Fn(f.name(), f.args(), f.result(), "stable", f.body());
        case 1 -> n = new Fn(f.name(), f.args(), f.result(), f.volatility(), f.body() + " + 1");
        case 2 -> n = new Fn(f.name(), f.args(), "bigint", f.volatility(), f.body() + "::bigint");
        case 3 ->
            n = new Fn(f.name(), List.of("b integer"), f.result(), f.volatility(), "SELECT b");
        case 4 ->
            n =
                new Fn(
                    f.name(), List.of("a integer", "z text"), f.result(), f.volatility(), f.body());
        default -> {}
      }
      fns.add(n);
    }
    if (r.nextBoolean()) fns.add(new Fn("g", List.of(), "text", "immutable", "SELECT 'g'::text"));
    Map<String, String> comments = new LinkedHashMap<>();
    if (r.nextBoolean()) comments.put("TABLE t0", r.nextBoolean() ? "the first table" : "renamed");
    if (r.nextBoolean()) comments.put("FUNCTION f0", "the first function");
    return new Schema(labels, tables, fns, views(r, tables), comments);
  }

  @Property(tries = 150)
  void theDraftWrittenAsTheUpdateScriptLeavesNothingButItsTodos(@ForAll long seed)
      throws IOException {
    Random r = new Random(seed);
    Schema v1 = first(r);
    Schema v2 = second(r, v1);
    Path dir = Files.createTempDirectory("draft-prop");
    try {
      Files.writeString(
          dir.resolve("fx.control"), "default_version = '2.0'\nrelocatable = false\n");
      Files.writeString(dir.resolve("fx--1.0.sql"), v1.sql());
      Files.writeString(dir.resolve("fx--2.0.sql"), v2.sql());
      Extension ext = ExtensionLoader.load(dir, null, List.of());
      UpgradeSql draft = Draft.of(ext, s -> ScriptText.read(ext, s), "1.0", "2.0");
      Files.writeString(dir.resolve(draft.fileName()), draft.render());
      Extension again = ExtensionLoader.load(dir, null, List.of());
      Set<String> todo = draft.todos().stream().map(Change::object).collect(Collectors.toSet());
      List<Finding> open =
          Check.run(again, s -> ScriptText.read(again, s), null, null).findings().stream()
              .filter(f -> f.severity() != Severity.INFO && !todo.contains(f.object()))
              .toList();
      assertThat(open)
          .as("1.0:\n%s\n2.0:\n%s\ndraft:\n%s", v1.sql(), v2.sql(), draft.render())
          .isEmpty();
      assertThat(draft.leftOver()).as(draft.render()).isEmpty();
    } finally {
      try (var s = Files.walk(dir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
  }
}
