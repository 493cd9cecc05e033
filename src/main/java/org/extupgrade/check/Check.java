package org.extupgrade.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionGraph;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.extupgrade.model.VersionPair;
import org.extupgrade.sql.Parser;
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
  private final Function<Script, String> reader;
  private final VersionGraph graph;
  private final Map<Path, List<Stmt>> parsed = new HashMap<>();

  /** Each version's model as CREATE EXTENSION builds it; null for one that cannot be installed. */
  private final Map<String, @Nullable SchemaState> baselines = new HashMap<>();

  private final Set<Finding> scriptFindings = new LinkedHashSet<>();

  private Check(Extension ext, Function<Script, String> reader) {
    this.ext = ext;
    this.reader = reader;
    this.graph = ext.graph();
  }

  /**
   * Checks the upgrades {@code from -> to}: {@code to} defaults to the default version, {@code
   * from} to every installable version.
   *
   * @param reader reads a script's text (gunzipped, decoded)
   */
  public static Result run(
      Extension ext, Function<Script, String> reader, @Nullable String from, @Nullable String to) {
    return new Check(ext, reader).run(from, to);
  }

  private Result run(@Nullable String from, @Nullable String to) {
    String target = to != null ? to : ext.defaultVersion();
    if (target == null) {
      throw new UserError(
          Location.of(ext.control().file()), "no default_version; pass --to VERSION");
    }
    requireVersion(target, "--to");
    List<String> froms = new ArrayList<>();
    if (from != null) {
      requireVersion(from, "--from");
      if (from.equals(target)) throw new UserError("--from and --to are the same version: " + from);
      froms.add(from);
    } else {
      for (String v : graph.installable()) if (!v.equals(target)) froms.add(v);
    }
    parseAll(froms, target);
    SchemaState fresh = baseline(target);
    if (fresh == null) {
      throw new UserError("version " + target + " has no full install script and no install path");
    }
    List<VersionPair> pairs = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (String f : froms) {
      Optional<List<String>> path = graph.updatePath(f, target);
      pairs.add(new VersionPair(f, target, path.orElse(List.of())));
      if (path.isEmpty()) {
        findings.add(
            new Finding(
                Severity.INFO,
                "no-update-path",
                "",
                f,
                target,
                "PostgreSQL has no update path from "
                    + f
                    + " to "
                    + target
                    + ": users of "
                    + f
                    + " cannot upgrade",
                null,
                "",
                ""));
        continue;
      }
      SchemaState old = baseline(f);
      if (old == null) {
        findings.add(
            new Finding(
                Severity.INFO,
                "no-baseline",
                "",
                f,
                target,
                "version " + f + " has no full install script and no install path: not checked",
                null,
                "",
                ""));
        continue;
      }
      findings.addAll(upgrade(old, path.get(), fresh));
    }
    findings.addAll(scriptFindings);
    findings.addAll(scriptNotes());
    List<Finding> sorted = new ArrayList<>(new LinkedHashSet<>(findings));
    sorted.sort(Finding.ORDER.thenComparing(x -> String.valueOf(x.where())));
    return new Result(pairs, sorted);
  }

  private List<Finding> upgrade(SchemaState old, List<String> path, SchemaState fresh) {
    String f = path.get(0);
    String t = path.get(path.size() - 1);
    SchemaState st = old.copy();
    Steps steps = new Steps(f, t, false);
    Applier ap = new Applier(st, steps);
    Script last = null;
    Set<Path> files = new java.util.HashSet<>();
    for (int i = 0; i + 1 < path.size(); i++) {
      last = ext.updateScript(path.get(i), path.get(i + 1)).orElseThrow();
      files.add(last.file());
      ap.applyAll(statements(last));
    }
    Comparer cmp = new Comparer(f, t, Location.of(last.file()), steps.blindSpots, files);
    cmp.compare(st, fresh);
    List<Finding> out = new ArrayList<>(steps.findings);
    out.addAll(cmp.findings);
    return out;
  }

  /** The model of a version as CREATE EXTENSION builds it: its full script, or an install path. */
  private @Nullable SchemaState baseline(String version) {
    if (baselines.containsKey(version)) return baselines.get(version);
    SchemaState b = null;
    Optional<Script> install = ext.installScript(version);
    SchemaState st = SchemaState.forExtension(ext.control());
    Steps steps = new Steps("", version, true);
    Applier ap = new Applier(st, steps);
    if (install.isPresent()) {
      ap.applyAll(statements(install.get()));
      b = st;
    } else {
      List<String> best = graph.installPath(version).orElse(null);
      if (best != null) {
        ap.applyAll(statements(ext.installScript(best.get(0)).orElseThrow()));
        Steps upd = new Steps("", version, false);
        Applier up = new Applier(st, upd);
        for (int i = 0; i + 1 < best.size(); i++) {
          up.applyAll(statements(ext.updateScript(best.get(i), best.get(i + 1)).orElseThrow()));
        }
        scriptFindings.addAll(upd.findings);
        b = st;
      }
    }
    scriptFindings.addAll(steps.findings);
    baselines.put(version, b);
    return b;
  }

  /**
   * Parses every script the pairs need, on all cores; the first error (in file order) is thrown.
   */
  private void parseAll(List<String> froms, String target) {
    Set<Script> need = new java.util.LinkedHashSet<>();
    List<String> versions = new ArrayList<>(froms);
    versions.add(target);
    for (String v : versions) {
      List<String> install = graph.installPath(v).orElse(List.of());
      if (!install.isEmpty()) ext.installScript(install.get(0)).ifPresent(need::add);
      addUpdates(need, install);
      if (!v.equals(target)) addUpdates(need, graph.updatePath(v, target).orElse(List.of()));
    }
    List<Script> todo =
        need.stream().sorted(java.util.Comparator.comparing(x -> x.file().toString())).toList();
    List<Object> results =
        todo.parallelStream()
            .map(
                s -> {
                  try {
                    return (Object) Parser.parse(s.file(), reader.apply(s));
                  } catch (UserError e) {
                    return e;
                  }
                })
            .toList();
    for (int i = 0; i < todo.size(); i++) {
      if (results.get(i) instanceof UserError e) throw e;
      @SuppressWarnings("unchecked")
      List<Stmt> stmts = (List<Stmt>) results.get(i);
      parsed.put(todo.get(i).file(), stmts);
    }
  }

  private void addUpdates(Set<Script> need, List<String> path) {
    for (int i = 0; i + 1 < path.size(); i++)
      ext.updateScript(path.get(i), path.get(i + 1)).ifPresent(need::add);
  }

  private List<Stmt> statements(Script s) {
    return parsed.computeIfAbsent(s.file(), f -> Parser.parse(f, reader.apply(s)));
  }

  /** Blind spots and unmodeled statements of every script read, once each. */
  private List<Finding> scriptNotes() {
    List<Finding> out = new ArrayList<>();
    List<Opaque> opaque = new ArrayList<>();
    List<Path> files = new ArrayList<>(parsed.keySet());
    files.sort(java.util.Comparator.comparing(Path::toString));
    for (Path p : files) {
      for (Stmt s : parsed.get(p)) collect(s, opaque, out);
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
