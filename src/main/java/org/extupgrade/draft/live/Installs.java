package org.extupgrade.draft.live;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.extupgrade.catalog.CatalogReader;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.catalog.SnapshotDiff;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.draft.Change;
import org.extupgrade.draft.UpgradeSql;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The live draft's databases: {@code from} upgraded along the edge's script (when there is one) and
 * {@code to} installed fresh, both into the draft's own schema (so any {@code extupgrade_draft.} in
 * the server's text is the extension's schema) unless the control file fixes one or the extension
 * cannot be installed elsewhere than in {@code public}.
 */
final class Installs implements AutoCloseable {
  private static final String UPGRADED = "draft_upgraded";
  private static final String FRESH = "draft_fresh";
  private static final String TRIED = "draft_tried";
  private final Cluster cluster;
  private final Extension ext;
  private final String from;
  private final String to;
  private final boolean edge;
  private final Names names;
  private final Connection upgraded;
  private final Connection fresh;

  private Installs(
      Cluster cluster,
      Extension ext,
      String from,
      String to,
      boolean edge,
      Names names,
      Connection upgraded,
      Connection fresh) {
    this.cluster = cluster;
    this.ext = ext;
    this.from = from;
    this.to = to;
    this.edge = edge;
    this.names = names;
    this.upgraded = upgraded;
    this.fresh = fresh;
  }

  static Installs open(
      Cluster cluster, Extension ext, String from, String to, boolean edge, boolean extschema)
      throws SQLException {
    String fixed = ext.control().schema();
    String schema = fixed != null ? fixed : Names.OWN_SCHEMA;
    try {
      return install(
          cluster, ext, from, to, edge, schema, Names.of(quote(schema), fixed != null, extschema));
    } catch (SQLException | UserError e) {
      if (fixed != null) throw e;
      // some extensions (or their update scripts) work only in public: try there
      return install(cluster, ext, from, to, edge, null, Names.of("public", false, extschema));
    }
  }

  private static Installs install(
      Cluster cluster,
      Extension ext,
      String from,
      String to,
      boolean edge,
      @Nullable String schema,
      Names names)
      throws SQLException {
    for (String db : List.of(UPGRADED, FRESH)) cluster.dropDatabase(db);
    Connection u = null;
    Connection f = null;
    try {
      u = database(cluster, UPGRADED, schema);
      create(u, ext, schema, from, "installing " + from);
      if (edge) update(u, ext, to, "running the update script " + from + " -> " + to);
      f = database(cluster, FRESH, schema);
      create(f, ext, schema, to, "installing " + to);
      return new Installs(cluster, ext, from, to, edge, names, u, f);
    } catch (SQLException | RuntimeException e) {
      if (u != null) u.close();
      if (f != null) f.close();
      throw e;
    }
  }

  private static Connection database(Cluster cluster, String name, @Nullable String schema)
      throws SQLException {
    cluster.createDatabase(name, null);
    Connection c = cluster.connect(name);
    LiveDraft.execute(c, "set statement_timeout = '60s'");
    if (schema != null && schema.equals(Names.OWN_SCHEMA))
      LiveDraft.execute(c, "create schema " + schema);
    return c;
  }

  private static void create(
      Connection c, Extension ext, @Nullable String schema, String version, String what)
      throws SQLException {
    String sql =
        "CREATE EXTENSION "
            + quote(ext.name())
            + (Names.OWN_SCHEMA.equals(schema) ? " SCHEMA " + schema : "")
            + " VERSION "
            + literal(version)
            + " CASCADE";
    try {
      LiveDraft.execute(c, sql);
    } catch (SQLException e) {
      throw new SQLException(what + " fails on PostgreSQL: " + e.getMessage(), e.getSQLState(), e);
    }
  }

  private static void update(Connection c, Extension ext, String to, String what) {
    try {
      LiveDraft.execute(c, "ALTER EXTENSION " + quote(ext.name()) + " UPDATE TO " + literal(to));
    } catch (SQLException e) {
      throw new UserError(
          null,
          "live draft: "
              + what
              + " fails on PostgreSQL: "
              + e.getMessage()
              + " (fix the script first: a draft is appended after it)",
          e);
    }
  }

  Names names() {
    return names;
  }

  Connection upgraded() {
    return upgraded;
  }

  Connection fresh() {
    return fresh;
  }

  /**
   * Installs {@code from} in a third database and updates along the staged draft: what still
   * differs from the fresh install, one line each (objects a TODO names left out).
   */
  List<String> tryDraft(Path staged, Snapshot freshSnapshot, UpgradeSql draft) throws SQLException {
    List<String> left = new ArrayList<>();
    String schema = names.ours() ? Names.OWN_SCHEMA : ext.control().schema();
    cluster.dropDatabase(TRIED);
    try (Connection c = database(cluster, TRIED, schema)) {
      create(c, ext, schema, from, "installing " + from);
      try {
        LiveDraft.execute(c, "ALTER EXTENSION " + quote(ext.name()) + " UPDATE TO " + literal(to));
      } catch (SQLException e) {
        left.add("the draft fails on PostgreSQL: " + e.getMessage().replace('\n', ' '));
        return left;
      }
      Snapshot after = CatalogReader.read(c, ext.name());
      List<Change> todo = draft.todos();
      for (Finding f :
          SnapshotDiff.diff(
              freshSnapshot, after, new SnapshotDiff.Scenario(from, to, from + "--" + to, null))) {
        if (f.severity() == Severity.INFO) continue;
        String type = Kinds.type(f.object());
        String named = type + " " + names.objectName(f.object(), type);
        if (todo.stream().noneMatch(t -> covers(t, named)))
          left.add(
              f.kind().id()
                  + ": "
                  + named
                  + " ("
                  + f.message().replaceAll(".*\\(([^)]*)\\)$", "$1")
                  + ")");
      }
    } finally {
      cluster.dropDatabase(TRIED);
    }
    return left;
  }

  /** The {@code (fields)} a difference message ends with, or empty. */
  private static String fields(String message) {
    int at = message.lastIndexOf(" (");
    return message.endsWith(")") && at > 0 && message.contains(" differs in ")
        ? message.substring(at)
        : "";
  }

  /**
   * True when {@code todo} accounts for a difference of {@code object}: the object itself, a part
   * of it, or a view over the column whose type the TODO leaves (its column types follow).
   */
  static boolean covers(Change todo, String object) {
    String t = todo.object().substring(Kinds.type(todo.object()).length() + 1);
    String type = Kinds.type(object);
    String o = object.substring(type.length() + 1);
    if (o.equals(t) || o.startsWith(t + ".") || o.endsWith(" on " + t)) return true;
    if (!type.endsWith("view column")) return false;
    String view = Kinds.column(o)[0];
    return todo.note().contains("view " + view + " uses it")
        || todo.note().contains("view " + view + ", ");
  }

  @Override
  public void close() throws SQLException {
    upgraded.close();
    fresh.close();
    cluster.dropDatabase(UPGRADED);
    cluster.dropDatabase(FRESH);
  }

  static String quote(String ident) {
    return ident.matches("[a-z_][a-z0-9_]*") ? ident : "\"" + ident.replace("\"", "\"\"") + "\"";
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
