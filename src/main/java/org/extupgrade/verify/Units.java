package org.extupgrade.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.jspecify.annotations.Nullable;

/**
 * The units of work of one run, numbered in the plan's order (every shard numbers them alike): each
 * update script alone, each upgrade of more than one script, each downgrade script, each second run
 * no edge takes on, users' objects over each update script, the dump and restore, and the
 * other-schema check, each old version's rollback.
 */
final class Units {
  private final Map<String, Integer> index = new HashMap<>();
  private final Shard shard;

  Units(
      Plan plan, Extension ext, Verifier.Options options, @Nullable RerunCheck rerun, Shard shard) {
    this.shard = shard;
    List<String> keys = new ArrayList<>();
    Set<Script> claimed = new HashSet<>();
    for (Edges.Edge e : plan.edges()) {
      keys.add(edge(e));
      if (rerun != null)
        e.scenario().lastScript(ext).filter(rerun.scripts()::contains).ifPresent(claimed::add);
    }
    for (Scenario s : plan.scenarios()) if (s.steps().size() > 2) keys.add(path(s));
    if (options.on(ScenarioKind.DOWNGRADE))
      for (Script d : DowngradeCheck.downgrades(ext)) keys.add(downgrade(d));
    if (rerun != null)
      for (Script x : rerun.scripts()) if (!claimed.contains(x)) keys.add(rerun(x));
    if (options.on(ScenarioKind.DEPENDENTS))
      for (Edges.Edge e : plan.edges()) keys.add(dependents(e));
    if (options.on(ScenarioKind.DUMP)) keys.add(DUMP);
    if (options.on(ScenarioKind.SCHEMAS) && SchemaCheck.applies(ext)) keys.add(SCHEMAS);
    if (options.on(ScenarioKind.ROLLBACK))
      for (Scenario s : RollbackCheck.scenarios(plan)) keys.add(rollback(s));
    for (int i = 0; i < keys.size(); i++) index.put(keys.get(i), i);
  }

  static final String SCHEMAS = "schemas";
  static final String DUMP = "dump";

  static String dependents(Edges.Edge e) {
    return "dependents " + e.from() + " -> " + e.to();
  }

  static String rollback(Scenario s) {
    return "rollback " + s.from();
  }

  static String edge(Edges.Edge e) {
    return "edge " + e.from() + " -> " + e.to();
  }

  static String path(Scenario s) {
    return "path " + s.path() + (s.stepwise() ? " stepwise" : "");
  }

  static String downgrade(Script d) {
    return "downgrade " + d.canonicalName();
  }

  static String rerun(Script x) {
    return "rerun " + x.canonicalName();
  }

  /** This shard runs the unit. */
  boolean owned(String key) {
    Integer i = index.get(key);
    if (i == null) throw new IllegalStateException("not a unit of this run: " + key);
    return shard.owns(i);
  }

  /** The unit's key, prefixed so that keys sort in the units' order. */
  String sortKey(String key) {
    return String.format(java.util.Locale.ROOT, "%06d %s", index.get(key), key);
  }
}
