package org.extupgrade.verify;

import java.util.ArrayList;
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
    Map<String, Finding> viewDrift = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.object().startsWith("view ")
          && (f.kind() == FindingKind.DEFINITION_DRIFT || f.kind() == FindingKind.SCHEMA_DIFFERS)) {
        viewDrift.put(scope(f, f.object()), f);
      }
    }
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    for (Finding f : findings) {
      Column c = Column.of(f.object());
      if (c == null) {
        order.add(f);
        continue;
      }
      Finding view = viewDrift.get(scope(f, c.parent()));
      if (view != null) {
        groups.computeIfAbsent("view\u0000" + scope(f, c.parent()), k -> new ArrayList<>()).add(f);
        continue;
      }
      String key = f.kind().id() + "\u0000" + scope(f, c.parent());
      List<Finding> g = groups.get(key);
      if (g == null) {
        g = new ArrayList<>();
        groups.put(key, g);
        order.add(key);
      }
      g.add(f);
    }
    List<Finding> out = new ArrayList<>();
    for (Object o : order) {
      if (o instanceof Finding f) {
        List<Finding> folded = groups.get("view\u0000" + scope(f, f.object()));
        out.add(folded != null && viewDrift.containsValue(f) ? withColumns(f, folded) : f);
      } else {
        out.add(merge(groups.get((String) o)));
      }
    }
    return out;
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
