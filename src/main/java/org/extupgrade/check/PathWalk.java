package org.extupgrade.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionGraph;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.sql.stmt.DoBlock;
import org.extupgrade.sql.stmt.Stmt;

/**
 * Walks upgrade paths one script at a time and blames each difference on the script that introduced
 * it. After every step whose version has a baseline (a full install, archived or not), the upgraded
 * model is compared with that baseline: a difference that persists from step k to the target is
 * blamed on script k, not on the last script. A path whose model equals the baseline after a step
 * continues exactly as that version's own path, which is walked once and shared (walks run in
 * parallel and only read the baselines and parsed scripts).
 */
final class PathWalk {
  private final Extension ext;
  private final ParsedScripts scripts;
  private final Baselines baselines;
  private final String target;
  private final Map<String, java.util.concurrent.FutureTask<List<Finding>>> memo =
      new ConcurrentHashMap<>();
  private final VersionGraph graph;
  private final Map<String, List<String>> ownPaths = new ConcurrentHashMap<>();
  private final SameCache cache = new SameCache();
  private final Map<String, Set<ObjectId>> changes = new ConcurrentHashMap<>();

  PathWalk(Extension ext, ParsedScripts scripts, Baselines baselines, String target) {
    this.ext = ext;
    this.scripts = scripts;
    this.baselines = baselines;
    this.target = target;
    this.graph = ext.graph();
  }

  /**
   * One update script run on a fresh install of {@code x} and compared with a fresh install of
   * {@code y}: every difference is that script's. Empty when either version has no baseline.
   */
  List<Finding> edge(String x, String y) {
    Optional<SchemaState> from = baselines.of(x);
    Optional<SchemaState> to = baselines.of(y);
    Script s = ext.updateScript(x, y).orElseThrow();
    Optional<List<Stmt>> stmts = scripts.statements(s);
    if (from.isEmpty() || to.isEmpty() || stmts.isEmpty()) return List.of();
    SchemaState st = from.get().copy();
    Steps steps = new Steps(x, y, false);
    new Applier(st, steps).applyAll(stmts.get());
    Comparer cmp = comparer(x, y, s, steps.blindSpots);
    cmp.compare(st, to.get());
    List<Finding> out = new ArrayList<>(steps.findings);
    out.addAll(cmp.findings);
    return out;
  }

  /**
   * The findings of upgrading {@code from} to the target along {@code path}: statements that would
   * fail on the way, and the differences left at the target, each at the script that introduced it.
   */
  List<Finding> path(String from, List<String> path) {
    // Each path walked once: the first thread to ask walks it, the others wait for its findings.
    // A walk only waits for walks of later versions on its own path, so none waits for itself.
    var mine = new java.util.concurrent.FutureTask<List<Finding>>(() -> walk(from, path));
    var task = memo.putIfAbsent(from, mine);
    if (task == null) {
      task = mine;
      mine.run();
    }
    while (!task.isDone()) { // another thread walks it: do independent work meanwhile
      Runnable r = filler.poll();
      if (r == null) break;
      r.run();
    }
    return Parallel.result(task);
  }

  private java.util.Queue<Runnable> filler = new java.util.ArrayDeque<>();

  /**
   * Work a walk does while it waits for another thread's walk: independent tasks, each run once
   * (taken from a thread-safe queue).
   */
  void whileWaiting(java.util.Queue<Runnable> tasks) {
    this.filler = tasks;
  }

  private List<Finding> walk(String from, List<String> path) {
    Optional<SchemaState> start = baselines.of(from);
    if (start.isEmpty()) return List.of();
    SchemaState st = start.get().copy();
    List<Finding> out = new ArrayList<>();
    List<DoBlock.BlindSpot> blind = new ArrayList<>();
    // The differences at the last comparison, by name: each with the script it is blamed on.
    // Before the first script the model is the fresh install of `from`: no differences.
    Map<ObjectId, Map<String, Location>> blame = new HashMap<>();
    String compared = from;
    Set<ObjectId> dirty = new HashSet<>();
    for (int k = 1; k < path.size(); k++) {
      String at = path.get(k);
      Script s = ext.updateScript(path.get(k - 1), at).orElseThrow();
      Optional<List<Stmt>> stmts = scripts.statements(s);
      if (stmts.isEmpty()) return out; // the script's syntax finding says why nothing more
      Steps steps = new Steps(from, target, false);
      new Applier(st, steps).applyAll(stmts.get());
      dirty.addAll(st.takeTouched());
      out.addAll(steps.findings);
      blind.addAll(steps.blindSpots);
      Optional<SchemaState> fresh = baselines.of(at);
      if (fresh.isEmpty()) continue;
      boolean last = k == path.size() - 1;
      Comparer cmp = comparer(from, at, s, blind);
      if (last) {
        cmp.compare(st, fresh.get());
        for (int i = 0; i < cmp.findings.size(); i++) {
          Finding d = cmp.findings.get(i);
          out.add(d.withWhere(blamed(blame, Changes.name(cmp.about.get(i)), d)));
        }
        return out;
      }
      // Only names the script changed, or that differ between the two full installs, can have
      // other differences than at the last comparison.
      Set<ObjectId> redo = new HashSet<>(dirty);
      redo.addAll(changed(compared, at));
      cmp.compare(st, fresh.get(), Changes.among(redo));
      Map<ObjectId, Map<String, Location>> next = new HashMap<>();
      for (int i = 0; i < cmp.findings.size(); i++) {
        Finding d = cmp.findings.get(i);
        ObjectId name = Changes.name(cmp.about.get(i));
        next.computeIfAbsent(name, x -> new HashMap<>()).put(cause(d), blamed(blame, name, d));
      }
      blame.keySet().removeAll(redo);
      blame.putAll(next);
      dirty.clear();
      compared = at;
      if (blame.isEmpty() && ownPath(at).equals(path.subList(k, path.size()))) {
        for (Finding f : path(at, path.subList(k, path.size()))) out.add(f.withFrom(from));
        return out;
      }
    }
    return out;
  }

  /**
   * Where difference {@code d} of object {@code name} is blamed: where the same difference was
   * first seen on this walk, else where it is seen now.
   */
  private static Location blamed(
      Map<ObjectId, Map<String, Location>> blame, ObjectId name, Finding d) {
    Location was = blame.getOrDefault(name, Map.of()).get(cause(d));
    return was != null ? was : d.where();
  }

  /** The names that differ between the full installs of two versions, once per pair. */
  private Set<ObjectId> changed(String a, String b) {
    return changes.computeIfAbsent(
        a + "\u0000" + b,
        k -> Changes.byValue(baselines.of(a).orElseThrow(), baselines.of(b).orElseThrow()));
  }

  private List<String> ownPath(String version) {
    return ownPaths.computeIfAbsent(version, v -> graph.updatePath(v, target).orElse(List.of()));
  }

  private static String cause(Finding f) {
    // RootCauses.what, without regular expressions: called for every difference at every step.
    String m = f.message().replace(f.from() + " -> " + f.to(), "");
    int remark = m.indexOf(" (");
    return f.kind().id()
        + "\u0000"
        + f.object()
        + "\u0000"
        + (remark < 0 ? m : m.substring(0, remark));
  }

  private Comparer comparer(String from, String to, Script s, List<DoBlock.BlindSpot> blind) {
    return new Comparer(
        from, to, Location.of(s.file()), List.copyOf(blind), Set.of(s.file()), cache);
  }
}
