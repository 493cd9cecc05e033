package org.extupgrade.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionGraph;
import org.extupgrade.model.Finding;
import org.extupgrade.sql.stmt.Stmt;
import org.jspecify.annotations.Nullable;

/**
 * Each version's model as {@code CREATE EXTENSION} builds it: its full install script, or the
 * shortest install path PostgreSQL would take. Problems of the scripts run (a statement that would
 * fail) are collected once per version.
 */
final class Baselines {
  private final Extension ext;
  private final ParsedScripts scripts;
  private final Map<String, Optional<SchemaState>> built = new HashMap<>();
  private final Set<Finding> findings = new LinkedHashSet<>();
  private final VersionGraph graph;

  Baselines(Extension ext, ParsedScripts scripts) {
    this.ext = ext;
    this.scripts = scripts;
    this.graph = ext.graph();
  }

  /** The scripts {@link #of} needs for {@code version}. */
  List<Script> needs(String version) {
    List<Script> out = new ArrayList<>();
    List<String> install = graph.installPath(version).orElse(List.of());
    if (install.isEmpty()) return out;
    ext.installScript(install.get(0)).ifPresent(out::add);
    for (int i = 0; i + 1 < install.size(); i++)
      ext.updateScript(install.get(i), install.get(i + 1)).ifPresent(out::add);
    return out;
  }

  /**
   * The model of {@code version}; empty when it has no full script and no install path, or a script
   * on the way does not parse. Callers copy it before changing it.
   */
  Optional<SchemaState> of(String version) {
    Optional<SchemaState> b = built.get(version);
    if (b == null) {
      b = Optional.ofNullable(build(version));
      built.put(version, b);
    }
    return b;
  }

  /** What the install scripts report about themselves (statements that would fail). */
  Set<Finding> findings() {
    return findings;
  }

  private @Nullable SchemaState build(String version) {
    Optional<Script> install = ext.installScript(version);
    List<String> path =
        install.isPresent() ? List.of(version) : graph.installPath(version).orElse(null);
    if (path == null) return null;
    Script first = install.orElseGet(() -> ext.installScript(path.get(0)).orElseThrow());
    Optional<List<Stmt>> stmts = scripts.statements(first);
    if (stmts.isEmpty()) return null;
    SchemaState st = SchemaState.forExtension(ext.control());
    Steps steps = new Steps("", version, true);
    new Applier(st, steps).applyAll(stmts.get());
    findings.addAll(steps.findings);
    Steps upd = new Steps("", version, false);
    Applier up = new Applier(st, upd);
    for (int i = 0; i + 1 < path.size(); i++) {
      Optional<List<Stmt>> u =
          scripts.statements(ext.updateScript(path.get(i), path.get(i + 1)).orElseThrow());
      if (u.isEmpty()) return null;
      up.applyAll(u.get());
    }
    findings.addAll(upd.findings);
    return st;
  }
}
