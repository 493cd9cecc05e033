package org.extupgrade.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.jspecify.annotations.Nullable;

/** The objects an extension owns at one point of a script chain; mutable, copied per path. */
final class SchemaState {
  private final Map<ObjectId, Entry> objects;
  private final Map<ObjectId, String> configTables;
  private final Map<ObjectId, Entry> detached;

  private final @Nullable String alias;

  /** {@code "alias".} where it starts a qualified name, or null without an alias. */
  private final @Nullable Pattern aliasQualifier;

  SchemaState() {
    this(null);
  }

  /**
   * @param alias the control file's {@code schema}: names qualified with it are the extension's
   *     schema, the same as unqualified ones
   */
  SchemaState(@Nullable String alias) {
    this(
        new HashMap<>(),
        new TreeMap<>(),
        new HashMap<>(),
        alias,
        alias == null
            ? null
            : Pattern.compile("(?<![\\w.\"$])" + Pattern.quote(ObjectId.quote(alias)) + "\\."));
  }

  private SchemaState(
      Map<ObjectId, Entry> objects,
      Map<ObjectId, String> configTables,
      Map<ObjectId, Entry> detached,
      @Nullable String alias,
      @Nullable Pattern aliasQualifier) {
    this.objects = objects;
    this.configTables = configTables;
    this.detached = detached;
    this.alias = alias;
    this.aliasQualifier = aliasQualifier;
  }

  SchemaState copy() {
    return new SchemaState(
        new HashMap<>(objects),
        new TreeMap<>(configTables),
        new HashMap<>(detached),
        alias,
        aliasQualifier);
  }

  boolean hasAlias() {
    return alias != null;
  }

  /**
   * Definition text with the control file's schema qualifier dropped, like {@code @extschema@.}.
   */
  String canonicalText(String text) {
    if (aliasQualifier == null || text.isEmpty()) return text;
    return aliasQualifier.matcher(text).replaceAll("");
  }

  /** The key of an object: the control file's schema written out is the extension schema. */
  ObjectId canonical(ObjectId id) {
    if (alias == null) return id;
    ObjectId c = id.schema().equals(alias) ? id.withSchema(ObjectId.EXTSCHEMA) : id;
    if (c.kind().isTableScoped() && c.args().get(0).startsWith(ObjectId.quote(alias) + ".")) {
      c =
          new ObjectId(
              c.kind(),
              c.schema(),
              c.name(),
              List.of(c.args().get(0).substring(ObjectId.quote(alias).length() + 1)));
    }
    return c;
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
    objects.put(canonical(e.id()), e);
  }

  void remove(ObjectId id) {
    objects.remove(canonical(id));
    configTables.remove(canonical(id));
  }

  Collection<Entry> entries() {
    return objects.values();
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
