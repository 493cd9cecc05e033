package org.extupgrade.draft.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.extupgrade.catalog.CatalogReader;
import org.extupgrade.catalog.Snapshot;
import org.extupgrade.check.Draft;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.cluster.Installation;
import org.extupgrade.cluster.Staging;
import org.extupgrade.draft.Change;
import org.extupgrade.draft.UpgradeSql;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.model.UserError;
import org.extupgrade.stub.Stub;
import org.extupgrade.stub.StubMode;
import org.jspecify.annotations.Nullable;

/**
 * Drafts {@code from -> to} on a throwaway PostgreSQL: installs {@code from} (and runs the update
 * script of the edge, when there is one) in one database and {@code to} fresh in another, snapshots
 * both with verify's catalog reader, writes each difference from the fresh install's own
 * definitions, then runs the draft as the edge's update script in a third database and lists what
 * still differs from the fresh install in {@link UpgradeSql#leftOver()}.
 */
public final class LiveDraft {
  private LiveDraft() {}

  /**
   * @param to the version upgraded to; the default version when null
   * @param reader reads a script's text (to see whether the extension writes {@code @extschema@})
   */
  public static UpgradeSql of(
      Extension ext,
      Function<Script, String> reader,
      Installation installation,
      String from,
      @Nullable String to) {
    String target = Draft.target(ext, from, to);
    boolean edge = ext.updateScript(from, target).isPresent();
    boolean extschema = !ext.control().relocatable() && writesExtschema(ext, reader, target);
    try (Cluster cluster = Cluster.start(installation)) {
      cluster.stage(ext);
      List<Stub> stubs = new ArrayList<>();
      if (!StubMode.missingLibraries(ext, cluster.libDir()).isEmpty())
        stubs.addAll(StubMode.stage(cluster, ext, false).stubs());
      CFunctions cfuncs =
          new CFunctions(stubs, ext.installScript(target).map(Script::file).orElse(null));
      Installs db = Installs.open(cluster, ext, from, target, edge, extschema);
      try {
        Snapshot fresh = CatalogReader.read(db.fresh(), ext.name());
        Snapshot upgraded = CatalogReader.read(db.upgraded(), ext.name());
        Names names =
            ext.control().relocatable()
                ? db.names()
                : db.names().withBuiltins(Catalog.builtins(db.fresh()));
        Map<String, Catalog.Def> fd = Catalog.definitions(db.fresh(), ext.name(), names.schema());
        Map<String, Catalog.Def> ud =
            Catalog.definitions(db.upgraded(), ext.name(), names.schema());
        LiveDrafter.Inputs in =
            new LiveDrafter.Inputs(
                target,
                fresh,
                upgraded,
                fd,
                ud,
                Catalog.dependents(db.upgraded()),
                Catalog.dependents(db.fresh()),
                names,
                cfuncs);
        LiveDrafter drafter = new LiveDrafter(in);
        List<Change> changes = new ArrayList<>(drafter.changes());
        changes.addAll(new Afterwards(in, drafter.created(), db.fresh()).changes());
        UpgradeSql draft = new UpgradeSql(ext.name(), from, target, edge, changes, List.of());
        UpgradeSql runnable =
            new UpgradeSql(ext.name(), from, target, edge, drafter.runnable(changes), List.of());
        List<String> left = db.tryDraft(stage(cluster, ext, runnable), fresh, draft);
        return new UpgradeSql(ext.name(), from, target, edge, changes, left);
      } finally {
        db.close();
      }
    } catch (SQLException e) {
      throw new UserError(null, "live draft: " + e.getMessage().replace('\n', ' '), e);
    }
  }

  /** The draft written into the staged scripts as the edge's update script (appended). */
  private static Path stage(Cluster cluster, Extension ext, UpgradeSql draft) {
    Path dir = Staging.scriptDir(ext.control(), cluster.shareDir(), cluster.extensionDir());
    Path file = dir.resolve(draft.fileName());
    try {
      draft.appendTo(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the draft into " + file, e);
    }
    return file;
  }

  private static boolean writesExtschema(
      Extension ext, Function<Script, String> reader, String version) {
    List<Script> scripts = new ArrayList<>();
    ext.installScript(version).ifPresent(scripts::add);
    if (scripts.isEmpty()) scripts.addAll(ext.installScripts());
    for (Script s : scripts) if (reader.apply(s).contains(Names.EXTSCHEMA)) return true;
    return false;
  }

  /** A function's name without schema or quotes, lower-cased, without its arguments. */
  static String bare(String name) {
    String n = name;
    int paren = n.indexOf('(');
    if (paren >= 0) n = n.substring(0, paren);
    int dot = n.lastIndexOf('.');
    if (dot >= 0) n = n.substring(dot + 1);
    return n.replace("\"", "").strip().toLowerCase(Locale.ROOT);
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
