package org.extupgrade.draft.live;

import java.util.Objects;
import org.extupgrade.catalog.CatalogObject;
import org.extupgrade.draft.Change;

/** A sequence both installs have, changed: {@code ALTER SEQUENCE} (its value is kept). */
final class Sequences {
  private static final String[][] OPTIONS = {
    {"data_type", " AS "}, {"increment", " INCREMENT BY "}, {"min", " MINVALUE "},
    {"max", " MAXVALUE "}, {"start", " START WITH "}, {"cache", " CACHE "}
  };

  private Sequences() {}

  /** The step for sequence {@code name}, fresh {@code a}, upgraded {@code b}. */
  static Change alter(String name, CatalogObject a, CatalogObject b) {
    StringBuilder s = new StringBuilder();
    var fa = a.fields();
    var fb = b.fields();
    for (String[] o : OPTIONS)
      if (!Objects.equals(fa.get(o[0]), fb.get(o[0]))) s.append(o[1]).append(fa.get(o[0]));
    if (!Objects.equals(fa.get("cycle"), fb.get("cycle")))
      s.append(Kinds.yes(fa.get("cycle")) ? " CYCLE" : " NO CYCLE");
    String what = "differs in " + LiveDrafter.fields(a, b);
    return s.isEmpty()
        ? Change.todo("sequence " + name, what + ": ALTER it by hand", "")
        : Change.of(
            "sequence " + name, what + " (its value is kept)", "ALTER SEQUENCE " + name + s + ";");
  }
}
