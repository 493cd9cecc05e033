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
      Built made = ready.remove(version);
      if (made == null) made = build(version);
      b = made.state();
      findings.addAll(made.findings());
      built.put(version, b);
    }
    return b;
  }

  /** A model and what its scripts reported. */
  private record Built(Optional<SchemaState> state, List<Finding> findings) {}

  /** Models built ahead by {@link #prepare}, not yet asked for. */
  private final Map<String, Built> ready = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Builds the models of {@code versions} on all cores, ahead of {@link #of}, whose scripts are
   * parsed. Their findings count from the first {@link #of} of each, so they come in the same order
   * however the threads ran; a model never asked for adds none.
   */
  void prepare(java.util.Collection<String> versions) {
    List<Runnable> work = new ArrayList<>();
    for (String v : new LinkedHashSet<>(versions)) {
      if (!built.containsKey(v)) work.add(() -> ready.put(v, build(v)));
    }
    Parallel.run(work);
  }

  /** What the install scripts report about themselves (statements that would fail). */
  Set<Finding> findings() {
    return findings;
  }

  private Built build(String version) {
    Built none = new Built(Optional.empty(), List.of());
    Optional<Script> install = ext.installScript(version);
    List<String> path =
        install.isPresent() ? List.of(version) : graph.installPath(version).orElse(null);
    if (path == null) return none;
    Script first = install.orElseGet(() -> ext.installScript(path.get(0)).orElseThrow());
    Optional<List<Stmt>> stmts = scripts.statements(first);
    if (stmts.isEmpty()) return none;
    SchemaState st = SchemaState.forExtension(ext.control());
    Steps steps = new Steps("", version, true);
    new Applier(st, steps).applyAll(stmts.get());
    List<Finding> out = new ArrayList<>(steps.findings);
    Steps upd = new Steps("", version, false);
    Applier up = new Applier(st, upd);
    for (int i = 0; i + 1 < path.size(); i++) {
      Optional<List<Stmt>> u =
          scripts.statements(ext.updateScript(path.get(i), path.get(i + 1)).orElseThrow());
      if (u.isEmpty()) return new Built(Optional.empty(), out);
      up.applyAll(u.get());
    }
    out.addAll(upd.findings);
    return new Built(Optional.of(st), out);
  }
}
