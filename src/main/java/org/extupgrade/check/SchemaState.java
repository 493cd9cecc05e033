package org.extupgrade.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extupgrade.layout.ControlFile;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.jspecify.annotations.Nullable;

/**
 * The objects an extension owns at one point of a script chain; mutable, copied per path.
 *
 * <p>Names are kept as written ({@link ObjectId#EXTSCHEMA} for unqualified and {@code @extschema@}
 * names) and compared through {@link #canonical}: the schema unqualified names land in (the control
 * file's {@code schema}, else {@code public}, the usual target) written out is the extension schema
 * too.
 */
final class SchemaState {
  private final Map<ObjectId, Entry> objects;
  private final Map<ObjectId, String> configTables;
  private final Map<ObjectId, Entry> detached;
  private final Comments comments;
  private final java.util.Set<ObjectId> uncertainConstraints;
  private final Naming naming;

  /** The names (see {@link Changes#name}) changed since the last {@link #takeTouched}. */
  private final java.util.Set<ObjectId> touched;

  SchemaState() {
    this(new Naming(null, null));
  }

  SchemaState(Naming naming) {
    this(
        new HashMap<>(),
        new TreeMap<>(),
        new HashMap<>(),
        new java.util.HashMap<>(),
        new java.util.HashSet<>(),
        naming);
  }

  /** The model CREATE EXTENSION starts from, with the control file's schema and library. */
  static SchemaState forExtension(ControlFile control) {
    return new SchemaState(
        new Naming(
            control.schema() != null ? control.schema() : "public", control.modulePathname()));
  }

  private SchemaState(
      Map<ObjectId, Entry> objects,
      Map<ObjectId, String> configTables,
      Map<ObjectId, Entry> detached,
      Map<Comments.Key, String> comments,
      java.util.Set<ObjectId> uncertainConstraints,
      Naming naming) {
    this.objects = objects;
    this.configTables = configTables;
    this.detached = detached;
    this.touched = new java.util.HashSet<>();
    this.comments = new Comments(comments, touched);
    this.uncertainConstraints = uncertainConstraints;
    this.naming = naming;
  }

  SchemaState copy() {
    return new SchemaState(
        new HashMap<>(objects),
        new TreeMap<>(configTables),
        new HashMap<>(detached),
        new HashMap<>(comments.all()),
        new java.util.HashSet<>(uncertainConstraints),
        naming);
  }

  Naming naming() {
    return naming;
  }

  boolean hasAlias() {
    return naming.alias() != null;
  }

  /** Definition text with the extension schema's qualifier dropped, like {@code @extschema@.}. */
  String canonicalText(String text) {
    return naming.canonicalText(text);
  }

  /** The key of an object: the extension schema written out is the extension schema. */
  ObjectId canonical(ObjectId id) {
    return naming.canonical(id);
  }

  /**
   * Tables (canonical ids) whose constraints a conditional statement may or may not have changed:
   * their constraint differences are uncertain, their columns are not.
   */
  java.util.Set<ObjectId> uncertainConstraints() {
    return uncertainConstraints;
  }

  /** COMMENT ON texts of the objects and columns. */
  Comments comments() {
    return comments;
  }

  /**
   * Objects taken out of the extension by {@code ALTER EXTENSION ... DROP}: they still exist in the
   * database (a later DROP of them succeeds) but are not compared.
   */
  Map<ObjectId, Entry> detached() {
    return detached;
  }

  @Nullable Entry get(ObjectId id) {
    return objects.get(canonical(id));
  }

  void put(Entry e) {
    ObjectId c = canonical(e.id());
    objects.put(c, e);
    touched.add(Changes.name(c));
  }

  void remove(ObjectId id) {
    ObjectId c = canonical(id);
    objects.remove(c);
    comments.removeAll(c);
    configTables.remove(c);
    touched.add(Changes.name(c));
  }

  /** Registers a configuration table ({@code pg_extension_config_dump}) by canonical id. */
  void registerConfig(ObjectId table, String condition) {
    configTables.put(table, condition);
    touched.add(Changes.name(table));
  }

  /** Marks a table's (canonical id) constraints as changed under a condition. */
  void markUncertainConstraints(ObjectId table) {
    uncertainConstraints.add(table);
    touched.add(Changes.name(table));
  }

  /** The names changed since the last call (or since this model was made), then forgets them. */
  java.util.Set<ObjectId> takeTouched() {
    java.util.Set<ObjectId> out = java.util.Set.copyOf(touched);
    touched.clear();
    return out;
  }

  Collection<Entry> entries() {
    return objects.values();
  }

  /** The objects by canonical id. */
  Map<ObjectId, Entry> byCanonicalId() {
    return java.util.Collections.unmodifiableMap(objects);
  }

  /** Objects of one kind, schema and name, whatever their arguments (overloads). */
  List<Entry> overloads(ObjectKind kind, String schema, String name) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : objects.values()) {
      ObjectId i = e.id();
      if (i.kind() == kind
          && i.name().equals(name)
          && canonical(i).schema().equals(canonical(i.withSchema(schema)).schema())) out.add(e);
    }
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out;
  }

  Map<ObjectId, String> configTables() {
    return configTables;
  }
}
