package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.RoutineDef;
import org.jspecify.annotations.Nullable;

/**
 * Compares the argument names and defaults of two routines with the same identity. PostgreSQL's
 * CREATE OR REPLACE may add a name to an unnamed input argument, change a default's value and add
 * defaults, but refuses to rename an input argument, to remove a default or to change the names of
 * OUT arguments (the row type): those need DROP and CREATE.
 */
final class RoutineArgs {
  private RoutineArgs() {}

  /**
   * @param parts {@code argument names} and/or {@code argument defaults}, empty if none differ
   * @param detail lines for the finding's detail
   * @param needsDrop true when CREATE OR REPLACE cannot turn {@code a} into {@code b}
   */
  record Diff(List<String> parts, String detail, boolean needsDrop) {}

  static Diff compare(RoutineDef a, RoutineDef b, ObjectId id) {
    List<String> parts = new ArrayList<>();
    StringBuilder detail = new StringBuilder();
    boolean drop = false;
    // a routine created elsewhere than a CREATE statement (none yet) has no argument lists
    if (a.argNames().size() != b.argNames().size()) return new Diff(parts, "", false);
    if (!a.argNames().equals(b.argNames())) {
      parts.add("argument names");
      line(detail, "argument names", a.argNames(), b.argNames());
      for (int i = 0; i < a.argNames().size(); i++) {
        String x = a.argNames().get(i);
        if (!x.isEmpty() && !x.equals(b.argNames().get(i))) drop = true;
      }
      if (id.args().size() != a.argNames().size()) drop = true; // OUT names make the row type
    }
    if (!a.argDefaults().equals(b.argDefaults())) {
      parts.add("argument defaults");
      line(detail, "argument defaults", a.argDefaults(), b.argDefaults());
      drop |= count(b.argDefaults()) < count(a.argDefaults());
    }
    return new Diff(parts, detail.toString(), drop);
  }

  /**
   * Why CREATE OR REPLACE of {@code b} over the existing {@code a} fails in PostgreSQL, or null:
   * renaming a named input argument, removing a default. Functions with OUT arguments are left out
   * of the name rule (a lone OUT argument may be renamed).
   */
  static @Nullable String replaceFails(RoutineDef a, RoutineDef b, ObjectId id) {
    if (a.argNames().size() != b.argNames().size()) return null;
    if (id.args().size() == a.argNames().size()) {
      for (int i = 0; i < a.argNames().size(); i++) {
        String x = a.argNames().get(i);
        if (!x.isEmpty() && !x.equals(b.argNames().get(i)))
          return "cannot change name of input parameter \"" + x + "\"";
      }
    }
    if (count(b.argDefaults()) < count(a.argDefaults()))
      return "cannot remove parameter defaults from existing function";
    return null;
  }

  private static void line(StringBuilder b, String what, List<String> was, List<String> is) {
    b.append("- ").append(what).append(": ").append(shown(was)).append('\n');
    b.append("+ ").append(what).append(": ").append(shown(is)).append('\n');
  }

  private static String shown(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) out.add(v.isEmpty() ? "-" : v);
    return "(" + String.join(", ", out) + ")";
  }

  private static int count(List<String> defaults) {
    int n = 0;
    for (String d : defaults) if (!d.isEmpty()) n++;
    return n;
  }
}
