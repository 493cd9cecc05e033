package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.Severity;
import org.extupgrade.sql.stmt.TableDef;

/**
 * {@code COMMENT ON} texts after an upgrade against a fresh install: a comment missing, different
 * or left over on an object (or column) that both have is a {@code comment-drift} (what {@code \d+}
 * and {@code obj_description} show users).
 */
final class CommentComparer {
  private final Comparer out;
  private final Location edit;

  CommentComparer(Comparer out, Location edit) {
    this.out = out;
    this.edit = edit;
  }

  /** The comments of the objects {@code only} accepts (canonical ids). */
  void compare(
      SchemaState upgraded, SchemaState fresh, java.util.function.Predicate<ObjectId> only) {
    Map<Comments.Key, String> u = upgraded.comments().all();
    Map<Comments.Key, String> f = fresh.comments().all();
    List<Comments.Key> keys = new ArrayList<>();
    f.forEach(
        (k, v) -> {
          if (only.test(k.id())) keys.add(k);
        });
    u.forEach(
        (k, v) -> {
          if (only.test(k.id()) && !f.containsKey(k)) keys.add(k);
        });
    keys.sort(java.util.Comparator.comparing(Comments.Key::id).thenComparing(Comments.Key::column));
    for (Comments.Key k : keys) {
      Entry eu = upgraded.byCanonicalId().get(k.id());
      Entry ef = fresh.byCanonicalId().get(k.id());
      if (eu == null || ef == null || !hasColumn(eu, k) || !hasColumn(ef, k)) continue;
      String a = u.get(k);
      String b = f.get(k);
      if (b != null && b.equals(a)) continue;
      String what =
          a == null
              ? "lacks the comment " + brief(b)
              : b == null
                  ? "has the comment " + brief(a) + " that the full install lacks"
                  : "has the comment " + brief(a) + " instead of " + brief(b);
      out.add(
          ef,
          Severity.ERROR,
          "comment-drift",
          k.display() + " " + what + " after upgrade " + out.from() + " -> " + out.to(),
          edit,
          "COMMENT ON " + target(k) + " IS " + (b == null ? "NULL" : quote(b)) + ";",
          "- " + (a == null ? "(none)" : a) + "\n+ " + (b == null ? "(none)" : b),
          eu);
    }
  }

  private static boolean hasColumn(Entry e, Comments.Key k) {
    return k.column().isEmpty()
        || !(e.def() instanceof TableDef t)
        || t.column(k.column()).isPresent();
  }

  private static String target(Comments.Key k) {
    if (!k.column().isEmpty())
      return "COLUMN "
          + k.id().qualifiedName()
          + "."
          + org.extupgrade.model.ObjectId.quote(k.column());
    return k.id().kind().label().toUpperCase(Locale.ROOT) + " " + k.id().sqlName();
  }

  /** A comment in a message: quoted, one line, cut at 60 characters (the detail has it all). */
  private static String brief(String s) {
    StringBuilder b = new StringBuilder();
    boolean space = false;
    for (char c : s.strip().toCharArray()) {
      boolean ws = " \t\n\u000b\f\r".indexOf(c) >= 0; // the regex \s
      if (ws && !space) b.append(' ');
      else if (!ws) b.append(c);
      space = ws;
    }
    String one = b.toString();
    return quote(one.length() > 60 ? one.substring(0, 57) + "..." : one);
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
