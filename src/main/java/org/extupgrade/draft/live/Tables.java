package org.extupgrade.draft.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.extupgrade.catalog.CatalogObject;
import org.extupgrade.draft.Change;
import org.jspecify.annotations.Nullable;

/** A table both installs have whose own options differ (its columns are {@link Columns}'). */
final class Tables {
  private static final Set<String> ROW_SECURITY = Set.of("row_security", "force_row_security");

  private Tables() {}

  /** {@code ENABLE/DISABLE [NO] FORCE ROW LEVEL SECURITY}, or null when they are the same. */
  static @Nullable Change rowSecurity(String name, CatalogObject a, CatalogObject b) {
    List<String> sql = new ArrayList<>();
    var fa = a.fields();
    var fb = b.fields();
    if (!Objects.equals(fa.get("row_security"), fb.get("row_security")))
      sql.add(
          "ALTER TABLE "
              + name
              + (Kinds.yes(fa.get("row_security")) ? " ENABLE" : " DISABLE")
              + " ROW LEVEL SECURITY;");
    if (!Objects.equals(fa.get("force_row_security"), fb.get("force_row_security")))
      sql.add(
          "ALTER TABLE "
              + name
              + (Kinds.yes(fa.get("force_row_security")) ? " FORCE" : " NO FORCE")
              + " ROW LEVEL SECURITY;");
    return sql.isEmpty()
        ? null
        : Change.of("table " + name, "row security as in the full install", String.join("\n", sql));
  }

  /** The other differing fields of the table, by name ({@code persistence, options}). */
  static String others(CatalogObject a, CatalogObject b) {
    Set<String> out = new TreeSet<>();
    for (String f : LiveDrafter.fields(a, b).split(", "))
      if (!f.isEmpty() && !ROW_SECURITY.contains(f)) out.add(f);
    return String.join(", ", out);
  }
}
