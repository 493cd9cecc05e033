package org.extupgrade.check;

import java.util.List;
import java.util.Map;
import org.extupgrade.model.ObjectId;

/**
 * The {@code COMMENT ON} texts of a {@link SchemaState}: by object, and by table column. Keys are
 * canonical ids; a comment goes with its object (dropped with it, kept by CREATE OR REPLACE, moved
 * by RENAME and SET SCHEMA).
 */
final class Comments {
  /** An object, or a column of a table ({@code column} empty for the object itself). */
  record Key(ObjectId id, String column) {
    String display() {
      return column.isEmpty() ? id.display() : "column " + id.qualifiedName() + "." + column;
    }
  }

  private final Map<Key, String> texts;
  private final java.util.Set<ObjectId> touched;

  /**
   * @param touched where the names of the objects whose comments change are added (see {@link
   *     Changes#name})
   */
  Comments(Map<Key, String> texts, java.util.Set<ObjectId> touched) {
    this.texts = texts;
    this.touched = touched;
  }

  Map<Key, String> all() {
    return texts;
  }

  /** Sets or, for {@code COMMENT ... IS NULL} or {@code ''}, removes a comment. */
  void set(Key k, String text) {
    touched.add(Changes.name(k.id()));
    if (text.isEmpty()) texts.remove(k);
    else texts.put(k, text);
  }

  /** Removes the object's comment and its columns'. */
  void removeAll(ObjectId id) {
    if (texts.keySet().removeIf(k -> k.id().equals(id))) touched.add(Changes.name(id));
  }

  /** Moves the object's comments (and its columns') to a new id. */
  void move(ObjectId from, ObjectId to) {
    touched.add(Changes.name(from));
    touched.add(Changes.name(to));
    for (Key k : List.copyOf(texts.keySet())) {
      if (k.id().equals(from)) texts.put(new Key(to, k.column()), texts.remove(k));
    }
  }

  void renameColumn(ObjectId table, String from, String to) {
    touched.add(Changes.name(table));
    String t = texts.remove(new Key(table, from));
    if (t != null) texts.put(new Key(table, to), t);
  }
}
