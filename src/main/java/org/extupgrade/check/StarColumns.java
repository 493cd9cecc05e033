package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.ViewStars;
import org.extupgrade.sql.stmt.Column;
import org.extupgrade.sql.stmt.TableDef;
import org.jspecify.annotations.Nullable;

/**
 * What a view's {@code *} stands for in the model at the moment the view is created: PostgreSQL
 * stores the expanded column list, so columns added to the table later are not the view's.
 */
final class StarColumns {
  private StarColumns() {}

  /**
   * The columns the stars of a view definition expand to in {@code st}; null when there is no star
   * or a relation is not a table the model knows.
   */
  static @Nullable List<String> expand(String definition, SchemaState st) {
    var rels = ViewStars.of(definition);
    if (rels.isEmpty()) return null;
    List<String> out = new ArrayList<>();
    for (ViewStars.Relation r : rels.get().relations()) {
      Entry e = st.get(ObjectId.of(ObjectKind.TABLE, r.schema(), r.name()));
      if (e == null || e.uncertain() || !(e.def() instanceof TableDef t)) return null;
      for (Column c : t.columns()) out.add(c.name());
    }
    return out;
  }

  /** True when CREATE OR REPLACE VIEW can turn the columns {@code was} into {@code is}. */
  static boolean replaceable(String definition, List<String> was, List<String> is) {
    var stars = ViewStars.of(definition);
    return stars.isPresent()
        && stars.get().last()
        && is.size() >= was.size()
        && is.subList(0, was.size()).equals(was);
  }
}
