package org.extupgrade.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.jspecify.annotations.Nullable;

/**
 * Folds column findings into one finding per relation: the columns of one table or view that differ
 * in the same way on the same upgrade are one finding naming them all, and the columns of a view
 * whose definition differs are part of that difference (a view's columns follow from its query). A
 * table that gains a column in the middle of its full install then reads as one warning, not one
 * per column after it.
 */
final class Collapse {
  private static final Set<String> RELATIONS =
      Set.of("table", "view", "materialized view", "foreign table", "composite type");

  private Collapse() {}

  static List<Finding> columns(List<Finding> findings) {
    Set<String> views = new HashSet<>();
    for (Finding f : findings) if (isViewDrift(f)) views.add(scope(f, f.object()));
    // Each slot becomes one finding: a finding alone, or the column findings it gathers.
    Map<String, List<Finding>> slots = new LinkedHashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Column c = Column.of(f.object());
      String key;
      if (c == null) key = isViewDrift(f) ? "view\u0000" + scope(f, f.object()) : "#" + i;
      else if (views.contains(scope(f, c.parent()))) key = "view\u0000" + scope(f, c.parent());
      else key = f.kind().id() + "\u0000" + scope(f, c.parent());
      slots.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : slots.entrySet()) {
      List<Finding> g = e.getValue();
      if (!e.getKey().startsWith("view\u0000")) {
        out.add(merge(g));
        continue;
      }
      // the view's own finding first, then the columns its definition explains
      List<Finding> view = g.stream().filter(Collapse::isViewDrift).toList();
      List<Finding> cols = g.stream().filter(f -> !isViewDrift(f)).toList();
      out.add(cols.isEmpty() ? view.get(0) : withColumns(view.get(0), cols));
      out.addAll(view.subList(1, view.size()));
    }
    return out;
  }

  private static boolean isViewDrift(Finding f) {
    return f.object().startsWith("view ")
        && Column.of(f.object()) == null
        && (f.kind() == FindingKind.DEFINITION_DRIFT || f.kind() == FindingKind.SCHEMA_DIFFERS);
  }

  private static String scope(Finding f, String object) {
    return f.from() + "\u0000" + f.to() + "\u0000" + f.where() + "\u0000" + object;
  }

  private static Finding withColumns(Finding view, List<Finding> cols) {
    StringBuilder d = new StringBuilder(view.detail());
    d.append(d.isEmpty() ? "" : "\n").append("its columns differ too:");
    for (Finding c : cols) d.append("\n  ").append(c.kind().id()).append(' ').append(c.object());
    return view.withDetail(d.toString());
  }

  private static Finding merge(List<Finding> g) {
    Finding first = g.get(0);
    if (g.size() == 1) return first;
    Column c = Column.of(first.object());
    List<String> names = g.stream().map(f -> Column.of(f.object()).name()).toList();
    StringBuilder d = new StringBuilder();
    for (Finding f : g) {
      if (!f.detail().isEmpty()) d.append(f.detail()).append('\n');
    }
    String what =
        switch (first.kind()) {
          case COLUMN_ORDER_DRIFT -> "are in another order than in a fresh install";
          case MISSING_OBJECT -> "are missing after the upgrade";
          case LEFTOVER_OBJECT -> "are left over after the upgrade";
          case COMMENT_DRIFT -> "have other comments than in a fresh install";
          default -> "differ from a fresh install (" + first.kind().id() + ")";
        };
    return new Finding(
        first.severity(),
        first.kind(),
        c.parent(),
        first.from(),
        first.to(),
        names.size() + " columns of " + c.parent() + " " + what + ": " + String.join(", ", names),
        first.where(),
        String.join("\n", g.stream().map(Finding::suggestion).filter(s -> !s.isEmpty()).toList()),
        d.toString().stripTrailing(),
        first.affects());
  }

  /** A column object, {@code table column s.t.c}: its relation and its name. */
  record Column(String parent, String name) {
    static @Nullable Column of(String object) {
      int at = object.indexOf(" column ");
      if (at < 0) return null;
      String kind = object.substring(0, at);
      if (!RELATIONS.contains(kind)) return null;
      String qualified = object.substring(at + " column ".length());
      int dot = qualified.lastIndexOf('.');
      if (dot < 0) return null;
      return new Column(kind + " " + qualified.substring(0, dot), qualified.substring(dot + 1));
    }
  }
}
