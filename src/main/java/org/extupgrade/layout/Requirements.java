package org.extupgrade.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;

/**
 * The extensions a control file {@code requires}. {@code CREATE EXTENSION ... CASCADE} installs
 * them, so verify can install this one only where they are installed too. Without a server nobody
 * can know whether they are; the extensions PostgreSQL itself ships (its procedural languages and
 * contrib modules) are taken as there, every other one is named in a note.
 */
public final class Requirements {
  /** PostgreSQL's own extensions, 13 to 18 (some only in some majors or builds). */
  static final Set<String> SHIPPED =
      Set.of(
          "adminpack",
          "amcheck",
          "autoinc",
          "bloom",
          "btree_gin",
          "btree_gist",
          "citext",
          "cube",
          "dblink",
          "dict_int",
          "dict_xsyn",
          "earthdistance",
          "file_fdw",
          "fuzzystrmatch",
          "hstore",
          "hstore_plperl",
          "hstore_plperlu",
          "hstore_plpython3u",
          "insert_username",
          "intagg",
          "intarray",
          "isn",
          "jsonb_plperl",
          "jsonb_plperlu",
          "jsonb_plpython3u",
          "lo",
          "ltree",
          "ltree_plpython2u",
          "ltree_plpython3u",
          "ltree_plpythonu",
          "moddatetime",
          "old_snapshot",
          "pageinspect",
          "pg_buffercache",
          "pg_freespacemap",
          "pg_logicalinspect",
          "pg_prewarm",
          "pg_stat_statements",
          "pg_surgery",
          "pg_trgm",
          "pg_visibility",
          "pg_walinspect",
          "pgcrypto",
          "pgrowlocks",
          "pgstattuple",
          "plperl",
          "plperlu",
          "plpgsql",
          "plpython2u",
          "plpython3u",
          "plpythonu",
          "pltcl",
          "pltclu",
          "postgres_fdw",
          "refint",
          "seg",
          "sslinfo",
          "tablefunc",
          "tcn",
          "tsm_system_rows",
          "tsm_system_time",
          "unaccent",
          "uuid-ossp",
          "xml2");

  private Requirements() {}

  /** Each required extension once, with the control file line that first names it. */
  public static Map<String, Location> named(Extension ext) {
    Map<String, Location> out = new LinkedHashMap<>();
    List<ControlFile> controls = new ArrayList<>();
    controls.add(ext.control());
    ext.versionControls().values().stream()
        .sorted(Comparator.comparing(c -> c.file().toString()))
        .forEach(controls::add);
    for (ControlFile c : controls) {
      for (String r : c.requires()) out.putIfAbsent(r, c.where("requires"));
    }
    return out;
  }

  /** For paths and check: one note per required extension PostgreSQL does not ship. */
  public static List<Finding> notes(Extension ext) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Location> r : named(ext).entrySet()) {
      if (SHIPPED.contains(r.getKey())) continue;
      out.add(
          Finding.of(FindingKind.REQUIRES_EXTERNAL)
              .object("extension " + r.getKey())
              .message(
                  "requires names "
                      + r.getKey()
                      + ", which PostgreSQL does not ship: verify can install "
                      + ext.name()
                      + " only on a PostgreSQL where "
                      + r.getKey()
                      + " is installed too (this cannot be known without a server)")
              .at(r.getValue())
              .build());
    }
    return out;
  }
}
