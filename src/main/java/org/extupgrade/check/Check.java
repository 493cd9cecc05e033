package org.extupgrade.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.OldVersions;
import org.extupgrade.layout.Requirements;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionGraph;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.RootCauses;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.extupgrade.model.VersionPair;
import org.extupgrade.sql.stmt.DoBlock;
import org.extupgrade.sql.stmt.Opaque;
import org.extupgrade.sql.stmt.Stmt;
import org.jspecify.annotations.Nullable;

/**
 * The static check of one extension: for each version pair, the old version's full install plus the
 * update scripts on PostgreSQL's path, compared with the new version's full install.
 */
public final class Check {
  /** The pairs checked and every finding, in {@link Finding#ORDER}. */
  public record Result(List<VersionPair> pairs, List<Finding> findings) {}

  private final Extension ext;
  private final VersionGraph graph;
  private final ParsedScripts scripts;
  private final Baselines baselines;

  private Check(Extension ext, Function<Script, String> reader) {
    this.ext = ext;
    this.graph = ext.graph();
    this.scripts = new ParsedScripts(reader);
    this.baselines = new Baselines(ext, scripts);
  }

  /**
   * Checks the upgrades {@code from -> to}: {@code to} defaults to the default version, {@code
   * from} to every installable version. Each update script on the paths is also checked alone, from
   * a fresh install of its start to a fresh install of its end, where both have one; every
   * difference is reported once, at the script that introduced it, with the upgrades it affects.
   *
   * @param reader reads a script's text (gunzipped, decoded)
   */
  public static Result run(
      Extension ext, Function<Script, String> reader, @Nullable String from, @Nullable String to) {
    return new Check(ext, reader).run(from, to, null);
  }

  /**
   * As {@link #run(Extension, Function, String, String)}, with upgrades from versions older than
   * {@code oldest} (the oldest supported one, when not null) left out.
   */
  public static Result run(
      Extension ext,
      Function<Script, String> reader,
      @Nullable String from,
      @Nullable String to,
      @Nullable String oldest) {
    return new Check(ext, reader).run(from, to, oldest);
  }

  private Result run(@Nullable String from, @Nullable String to, @Nullable String oldest) {
    String target = to != null ? to : ext.defaultVersion();
    if (target == null) {
      throw new UserError(
          Location.of(ext.control().file()), "no default_version; pass --to VERSION");
    }
    if (to == null) requireDefault(target);
    else requireVersion(target, "--to");
    List<String> froms = new ArrayList<>();
    if (from != null) {
      requireVersion(from, "--from");
      if (from.equals(target)) throw new UserError("--from and --to are the same version: " + from);
      froms.add(from);
    } else {
      for (String v : graph.installable()) {
        if (!v.equals(target) && (oldest == null || VersionOrder.INSTANCE.compare(v, oldest) >= 0))
          froms.add(v);
      }
    }
    froms.sort(VersionOrder.INSTANCE);
    Map<String, List<String>> paths = new LinkedHashMap<>();
    for (String f : froms) graph.updatePath(f, target).ifPresent(p -> paths.put(f, p));
    // a version newer than the target with no path down is not a user who cannot upgrade
    if (from == null) froms.removeIf(f -> !paths.containsKey(f) && VersionOrder.newer(f, target));
    parseAll(froms, target, paths.values());
    List<String> models = new ArrayList<>(List.of(target));
    for (List<String> p : paths.values()) models.addAll(p);
    baselines.prepare(models);
    if (baselines.of(target).isEmpty() && scripts.syntaxFindings().isEmpty()) {
      throw new UserError("version " + target + " has no full install script and no install path");
    }
    List<VersionPair> pairs = new ArrayList<>();
    List<Finding> edges = new ArrayList<>();
    List<Finding> ends = new ArrayList<>();
    PathWalk walk = new PathWalk(ext, scripts, baselines, target);
    Map<List<String>, List<Finding>> edgeFindings = new ConcurrentHashMap<>();
    Map<String, List<Finding>> pathFindings = new ConcurrentHashMap<>();
    for (List<String> e : walkAll(froms, paths, walk, edgeFindings, pathFindings))
      edges.addAll(edgeFindings.get(e));
    for (String f : froms) {
      List<String> path = paths.get(f);
      pairs.add(new VersionPair(f, target, path == null ? List.of() : path));
      if (path == null) {
        ends.add(noPath(f, target));
      } else if (baselines.of(f).isEmpty()) {
        ends.add(noBaseline(f, target));
      } else {
        ends.addAll(pathFindings.get(f));
      }
    }
    List<Finding> all = new ArrayList<>(scripts.syntaxFindings());
    all.addAll(baselines.findings());
    all.addAll(RootCauses.markRepaired(edges, ends, target));
    all.addAll(ends);
    List<Finding> grouped = RootCauses.group(all, VersionOrder.INSTANCE);
    grouped.addAll(scriptNotes());
    if (from == null) OldVersions.finding(ext, target, oldest).ifPresent(grouped::add);
    grouped.addAll(Requirements.notes(ext));
    List<Finding> sorted = new ArrayList<>(new LinkedHashSet<>(grouped));
    sorted.sort(Finding.ORDER.thenComparing(x -> String.valueOf(x.where())));
    return new Result(pairs, sorted);
  }

  /**
   * Walks every path and every update script on them, one thread per core. The baselines (built
   * ahead on all cores) are taken first, one thread, in the order the walks first need them, which
   * orders their findings; the walks then only read them. Returns the update scripts walked, as
   * version pairs, in the order the paths first take them.
   */
  private Set<List<String>> walkAll(
      List<String> froms,
      Map<String, List<String>> paths,
      PathWalk walk,
      Map<List<String>, List<Finding>> edgeFindings,
      Map<String, List<Finding>> pathFindings) {
    List<String> walked = new ArrayList<>();
    Set<List<String>> steps = new LinkedHashSet<>();
    for (String f : froms) {
      List<String> path = paths.get(f);
      if (path == null || baselines.of(f).isEmpty()) continue;
      for (String v : path) baselines.of(v);
      walked.add(f);
      for (int i = 0; i + 1 < path.size(); i++) steps.add(path.subList(i, i + 2));
    }
    // Newest first: an older version's walk often ends on a newer one's, walked by then. The
    // update scripts alone, independent of everything, are done by a walk that waits for another
    // thread's, and at the end.
    java.util.Queue<Runnable> edges = new java.util.concurrent.ConcurrentLinkedQueue<>();
    for (List<String> e : steps)
      edges.add(() -> edgeFindings.put(e, walk.edge(e.get(0), e.get(1))));
    walk.whileWaiting(edges);
    List<Runnable> work = new ArrayList<>();
    for (String f : walked.reversed())
      work.add(() -> pathFindings.put(f, walk.path(f, paths.get(f))));
    for (int i = 0; i < steps.size(); i++) {
      work.add(
          () -> {
            Runnable r = edges.poll();
            if (r != null) r.run();
          });
    }
    Parallel.run(work);
    return steps;
  }

  private static Finding noPath(String f, String target) {
    return Finding.of(FindingKind.NO_UPDATE_PATH)
        .upgrade(f, target)
        .message(
            "PostgreSQL has no update path from "
                + f
                + " to "
                + target
                + ": users of "
                + f
                + " cannot upgrade")
        .build();
  }

  private static Finding noBaseline(String f, String target) {
    return Finding.of(FindingKind.NO_BASELINE)
        .upgrade(f, target)
        .message("version " + f + " has no full install script and no install path: not checked")
        .build();
  }

  /** Parses every script the upgrades need, on all cores. */
  private void parseAll(List<String> froms, String target, Iterable<List<String>> paths) {
    Set<Script> need = new LinkedHashSet<>(baselines.needs(target));
    Set<String> seen = new java.util.HashSet<>(List.of(target)); // each version's needs once
    for (String v : froms) if (seen.add(v)) need.addAll(baselines.needs(v));
    for (List<String> p : paths) {
      for (int i = 0; i + 1 < p.size(); i++) {
        ext.updateScript(p.get(i), p.get(i + 1)).ifPresent(need::add);
        if (seen.add(p.get(i + 1))) need.addAll(baselines.needs(p.get(i + 1)));
      }
    }
    scripts.parseAll(need);
  }

  /** Blind spots and unmodeled statements of every script read, once each. */
  private List<Finding> scriptNotes() {
    List<Finding> out = new ArrayList<>();
    List<Opaque> opaque = new ArrayList<>();
    List<Path> files = new ArrayList<>(scripts.all().keySet());
    files.sort(java.util.Comparator.comparing(Path::toString));
    for (Path p : files) {
      for (Stmt s : scripts.all().get(p).orElse(List.of())) collect(s, opaque, out);
    }
    if (!opaque.isEmpty()) {
      StringBuilder d = new StringBuilder();
      for (Opaque o : opaque.subList(0, Math.min(20, opaque.size())))
        d.append(o.at()).append(' ').append(o.head()).append('\n');
      if (opaque.size() > 20) d.append("... and ").append(opaque.size() - 20).append(" more\n");
      out.add(
          new Finding(
              Severity.INFO,
              "not-modeled",
              "",
              "",
              "",
              "not modeled: "
                  + opaque.size()
                  + " statement"
                  + (opaque.size() == 1 ? "" : "s")
                  + ", first at "
                  + opaque.get(0).at(),
              opaque.get(0).at(),
              "",
              d.toString().stripTrailing()));
    }
    return out;
  }

  private static void collect(Stmt s, List<Opaque> opaque, List<Finding> out) {
    if (s instanceof Opaque o) opaque.add(o);
    if (s instanceof DoBlock d) {
      for (DoBlock.BlindSpot b : d.blindSpots()) {
        out.add(
            new Finding(
                Severity.INFO,
                "blind-spot",
                "",
                "",
                "",
                "dynamic SQL cannot be read statically: " + shorten(b.expression()),
                b.at(),
                "",
                ""));
      }
      for (Stmt e : d.effects()) collect(e, opaque, out);
    }
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }

  private void requireDefault(String v) {
    if (!graph.versions().contains(v)) {
      throw new UserError(
          ext.control().where("default_version"),
          "default_version "
              + v
              + " has no script (known versions: "
              + String.join(", ", graph.versions())
              + ")");
    }
  }

  private void requireVersion(String v, String option) {
    if (!graph.versions().contains(v)) {
      throw new UserError(
          option
              + ": no script of "
              + ext.name()
              + " has version "
              + v
              + " (known: "
              + String.join(", ", graph.versions())
              + ")");
    }
  }
}
