package org.extupgrade.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.extupgrade.layout.VersionOrder;
import org.extupgrade.model.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Which scenarios to run, asked of the server itself after the files are staged: the versions
 * {@code CREATE EXTENSION} accepts ({@code pg_available_extension_versions}) and the paths {@code
 * ALTER EXTENSION ... UPDATE} takes ({@code pg_extension_update_paths}).
 *
 * @param target the version every scenario ends at
 * @param scenarios in a stable order: by old version, PostgreSQL's path first
 * @param noPath old versions from which the target cannot be reached
 */
public record Plan(
    String target, List<Scenario> scenarios, List<String> noPath, Set<String> available) {
  /** More paths than this from one version are not all tried (the graph is then unusual). */
  static final int MAX_PATHS = 16;

  public Plan {
    scenarios = List.copyOf(scenarios);
    noPath = List.copyOf(noPath);
    available = Set.copyOf(available);
  }

  /**
   * Every update script on a planned path whose start can be installed, in the order the paths take
   * them.
   */
  List<Edges.Edge> edges() {
    LinkedHashSet<Edges.Edge> out = new LinkedHashSet<>();
    for (Scenario s : scenarios) {
      for (Edges.Edge e : Paths.edgesOf(s)) if (available.contains(e.from())) out.add(e);
    }
    return List.copyOf(out);
  }

  /** The versions installed fresh: the target and every version an edge leads to. */
  List<String> freshVersions() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    out.add(target);
    for (Edges.Edge e : edges()) out.add(e.to());
    return List.copyOf(out);
  }

  /**
   * Plans the scenarios for {@code extension}.
   *
   * @param to the target version, or null for the control file's default version
   * @param from the old versions to start from, or empty for every available version
   */
  public static Plan read(Connection c, String extension, @Nullable String to, List<String> from)
      throws SQLException {
    return read(c, extension, to, from, null);
  }

  /**
   * As {@link #read(Connection, String, String, List)}, from no version older than {@code oldest}.
   */
  public static Plan read(
      Connection c,
      String extension,
      @Nullable String to,
      List<String> from,
      @Nullable String oldest)
      throws SQLException {
    Set<String> available = new TreeSet<>();
    String dflt = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "select v.version, e.default_version from pg_available_extension_versions v"
                + " join pg_available_extensions e on e.name = v.name where v.name = ?")) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1).contains(RerunCheck.MARK)) {
            continue; // a copy staged to run a script again, not a version of the extension
          }
          available.add(rs.getString(1));
          dflt = rs.getString(2);
        }
      }
    }
    if (available.isEmpty()) {
      throw new UserError(
          "the server finds no installable version of extension \"" + extension + "\"");
    }
    String target = to != null ? to : dflt;
    if (target == null || !available.contains(target)) {
      throw new UserError(
          "version \""
              + target
              + "\" of extension \""
              + extension
              + "\" cannot be installed;"
              + " available: "
              + String.join(", ", available));
    }
    for (String f : from) {
      if (!available.contains(f)) {
        throw new UserError(
            "--from "
                + f
                + ": no such installable version of \""
                + extension
                + "\"; available: "
                + String.join(", ", available));
      }
    }
    Map<String, List<String>> paths = new TreeMap<>();
    Map<String, Set<String>> edges = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("select source, target, path from pg_extension_update_paths(?)")) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String s = rs.getString(1);
          String t = rs.getString(2);
          String p = rs.getString(3);
          if (s.contains(RerunCheck.MARK) || t.contains(RerunCheck.MARK)) {
            continue;
          }
          if (p != null && p.equals(s + "--" + t)) {
            edges.computeIfAbsent(s, k -> new TreeSet<>()).add(t);
          }
          if (p != null && t.equals(target)) {
            paths.put(s, Arrays.asList(p.split("--", -1)));
          }
        }
      }
    }
    List<String> olds = from.isEmpty() ? new ArrayList<>(available) : new ArrayList<>(from);
    olds.remove(target);
    if (oldest != null) olds.removeIf(v -> VersionOrder.INSTANCE.compare(v, oldest) < 0);
    List<Scenario> scenarios = new ArrayList<>();
    List<String> noPath = new ArrayList<>();
    for (String old : olds) {
      List<String> primary = paths.get(old);
      if (primary == null) {
        // a version newer than the target with no path down is not a user who cannot upgrade
        // (users do not downgrade); asked for by --from, it is reported all the same
        if (!from.isEmpty() || !VersionOrder.newer(old, target)) noPath.add(old);
        continue;
      }
      scenarios.add(new Scenario(primary, false));
      for (List<String> alt : allPaths(old, target, edges)) {
        if (!alt.equals(primary)) {
          scenarios.add(new Scenario(alt, true));
        }
      }
    }
    return new Plan(target, scenarios, noPath, available);
  }

  /** Every simple path (no version twice) from {@code from} to {@code to}, at most MAX_PATHS. */
  static List<List<String>> allPaths(String from, String to, Map<String, Set<String>> edges) {
    List<List<String>> out = new ArrayList<>();
    walk(new LinkedHashSet<>(List.of(from)), from, to, edges, out);
    return out;
  }

  private static void walk(
      LinkedHashSet<String> path,
      String at,
      String to,
      Map<String, Set<String>> edges,
      List<List<String>> out) {
    if (out.size() >= MAX_PATHS) {
      return;
    }
    if (at.equals(to)) {
      out.add(List.copyOf(path));
      return;
    }
    for (String next : edges.getOrDefault(at, Set.of())) {
      if (path.add(next)) {
        walk(path, next, to, edges, out);
        path.remove(next);
      }
    }
  }
}
