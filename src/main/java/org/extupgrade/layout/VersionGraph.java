package org.extupgrade.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The versions and update scripts of one extension, with PostgreSQL's path search
 * ({@code find_update_path}, {@code find_install_path} in {@code extension.c}): Dijkstra, every
 * script costs 1, ties keep the predecessor that sorts first by {@code strcmp}.
 */
public final class VersionGraph {
  private final Set<String> installable = new TreeSet<>(VersionGraph::strcmp);
  private final Map<String, List<String>> next = new TreeMap<>(VersionGraph::strcmp);
  private final Set<String> versions = new TreeSet<>(VersionGraph::strcmp);

  public VersionGraph(List<Script> installScripts, List<Script> updateScripts) {
    for (Script s : installScripts) {
      installable.add(s.to());
      versions.add(s.to());
    }
    for (Script s : updateScripts) {
      String from = s.from();
      if (from == null) {
        throw new IllegalArgumentException("not an update script: " + s.file());
      }
      next.computeIfAbsent(from, k -> new ArrayList<>()).add(s.to());
      versions.add(from);
      versions.add(s.to());
    }
  }

  /** Every version named by a script, in strcmp order. */
  public Set<String> versions() {
    return Collections.unmodifiableSet(versions);
  }

  /** Versions that have a full install script. */
  public Set<String> installable() {
    return Collections.unmodifiableSet(installable);
  }

  /**
   * The versions PostgreSQL steps through from {@code from} to {@code to}, both included, or
   * empty when there is no path. {@code from.equals(to)} gives an empty optional, as PostgreSQL
   * has no path from a version to itself.
   */
  public Optional<List<String>> updatePath(String from, String to) {
    if (from.equals(to) || !versions.contains(from) || !versions.contains(to)) {
      return Optional.empty();
    }
    Map<String, Integer> dist = new HashMap<>();
    Map<String, String> previous = new HashMap<>();
    Set<String> done = new TreeSet<>(VersionGraph::strcmp);
    dist.put(from, 0);
    while (true) {
      // Pick the unprocessed vertex with the smallest distance; like PostgreSQL, scan in list
      // order (here: strcmp order) and keep the first of equal distances.
      String u = null;
      int best = Integer.MAX_VALUE;
      for (String v : versions) {
        Integer d = dist.get(v);
        if (!done.contains(v) && d != null && d < best) {
          best = d;
          u = v;
        }
      }
      if (u == null || u.equals(to)) {
        break;
      }
      done.add(u);
      for (String v : next.getOrDefault(u, List.of())) {
        int alt = best + 1;
        Integer old = dist.get(v);
        if (old == null || alt < old || (alt == old && strcmp(u, previous.get(v)) < 0)) {
          dist.put(v, alt);
          previous.put(v, u);
        }
      }
    }
    if (!dist.containsKey(to)) {
      return Optional.empty();
    }
    List<String> path = new ArrayList<>();
    for (String v = to; v != null; v = previous.get(v)) {
      path.add(v);
    }
    Collections.reverse(path);
    return Optional.of(List.copyOf(path));
  }

  /** The update scripts leaving {@code version}, target versions in strcmp order. */
  public List<String> successors(String version) {
    List<String> out = new ArrayList<>(next.getOrDefault(version, List.of()));
    out.sort(VersionGraph::strcmp);
    return out;
  }

  /** C {@code strcmp} on UTF-8 bytes, which is what PostgreSQL compares version names with. */
  public static int strcmp(String a, String b) {
    byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return java.util.Arrays.compareUnsigned(x, y);
  }
}
