package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The locks an update transaction holds, before it commits, on relations the extension does not
 * own: not members of it (nor indexes, TOAST tables or sequences of its members), not system
 * catalogs, not temporary. {@code AccessShareLock} (plain reads) is left out: it blocks only {@code
 * ACCESS EXCLUSIVE}.
 */
final class LockCheck {
  private static final String SQL =
      """
      with ext as (select oid from pg_catalog.pg_extension where extname = ?),
      own as (
        select d.objid from pg_catalog.pg_depend d, ext
         where d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
           and d.refobjid = ext.oid and d.deptype = 'e'
           and d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass)
      select l.relation::pg_catalog.regclass::text as rel,
             pg_catalog.string_agg(l.mode, ', ' order by l.mode) as modes
        from pg_catalog.pg_locks l
        join pg_catalog.pg_class c on c.oid = l.relation
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where l.pid = pg_catalog.pg_backend_pid() and l.locktype = 'relation' and l.granted
         and l.database = (select oid from pg_catalog.pg_database
                            where datname = pg_catalog.current_database())
         and l.mode <> 'AccessShareLock'
         and c.oid >= 16384 and c.relpersistence <> 't'
         and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
         and c.oid not in (select objid from own)
         and not exists (select 1 from pg_catalog.pg_index i
                          where i.indexrelid = c.oid and i.indrelid in (select objid from own))
         and not exists (select 1 from pg_catalog.pg_class t
                          where t.reltoastrelid = c.oid and t.oid in (select objid from own))
       group by 1 order by 1
      """;

  private LockCheck() {}

  /** In the open update transaction: one finding per relation locked, with its lock modes. */
  static List<Finding> held(
      Connection c, String extension, String from, String to, @Nullable Location where)
      throws SQLException {
    List<Finding> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String rel = rs.getString(1);
          String modes = rs.getString(2);
          out.add(
              new Finding(
                  Severity.WARNING,
                  "locks-user-table",
                  "relation " + rel,
                  from,
                  to,
                  "the update from "
                      + from
                      + " to "
                      + to
                      + " holds "
                      + modes
                      + " on "
                      + rel
                      + ", which the extension does not own, until it commits",
                  where,
                  "",
                  "locks held before COMMIT: " + modes));
        }
      }
    }
    return out;
  }
}
