package org.extupgrade.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.jspecify.annotations.Nullable;

/** The objects an extension owns at one point of a script chain; mutable, copied per path. */
final class SchemaState {
  private final Map<ObjectId, Entry> objects;
  private final Map<ObjectId, String> configTables;
  private final Map<ObjectId, Entry> detached;

  SchemaState() {
    this(new HashMap<>(), new TreeMap<>(), new HashMap<>());
  }

  private SchemaState(Map<ObjectId, Entry> objects, Map<ObjectId, String> configTables, Map<ObjectId, Entry> detached) {
    this.objects = objects;
    this.configTables = configTables;
    this.detached = detached;
  }

  SchemaState copy() {
    return new SchemaState(new HashMap<>(objects), new TreeMap<>(configTables), new HashMap<>(detached));
  }

  /**
   * Objects taken out of the extension by {@code ALTER EXTENSION ... DROP}: they still exist in
   * the database (a later DROP of them succeeds) but are not compared.
   */
  Map<ObjectId, Entry> detached() {
    return detached;
  }

  @Nullable Entry get(ObjectId id) {
    return objects.get(id);
  }

  void put(Entry e) {
    objects.put(e.id(), e);
  }

  void remove(ObjectId id) {
    objects.remove(id);
    configTables.remove(id);
  }

  Collection<Entry> entries() {
    return objects.values();
  }

  /** Objects of one kind, schema and name, whatever their arguments (overloads). */
  List<Entry> overloads(ObjectKind kind, String schema, String name) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : objects.values()) {
      ObjectId i = e.id();
      if (i.kind() == kind && i.name().equals(name) && i.schema().equals(schema)) out.add(e);
    }
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out;
  }

  Optional<Entry> find(ObjectId id) {
    return Optional.ofNullable(objects.get(id));
  }

  Map<ObjectId, String> configTables() {
    return configTables;
  }
}
