package org.extupgrade.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The versions and update scripts of one extension, with PostgreSQL's path search ({@code
 * find_update_path}, {@code find_install_path} in {@code extension.c}).
 *
 * <p>PostgreSQL runs Dijkstra with every script costing 1; on equal distance it keeps the
 * predecessor whose name sorts first by {@code strcmp}. Every vertex at distance d is settled
 * before any at d+1, so the predecessor of each vertex is the strcmp-least neighbour one step
 * closer, whatever the target: one breadth-first pass per source gives PostgreSQL's path to every
 * target. (Tested against a literal transcription of the C code on random graphs.)
 */
public final class VersionGraph {
  private final String[] names; // strcmp order: index order is strcmp order
  private final Map<String, Integer> index = new HashMap<>();
  private final boolean[] installable;
  private final int[][] next;
  private @Nullable List<PathTree> installTrees;

  public VersionGraph(List<Script> installScripts, List<Script> updateScripts) {
    TreeSet<String> all = new TreeSet<>(VersionGraph::strcmp);
    for (Script s : installScripts) {
      all.add(s.to());
    }
    for (Script s : updateScripts) {
      String from = s.from();
      if (from == null) {
        throw new IllegalArgumentException("not an update script: " + s.file());
      }
      all.add(from);
      all.add(s.to());
    }
    names = all.toArray(String[]::new);
    for (int i = 0; i < names.length; i++) {
      index.put(names[i], i);
    }
    installable = new boolean[names.length];
    for (Script s : installScripts) {
      installable[index.get(s.to())] = true;
    }
    List<TreeSet<Integer>> succ = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      succ.add(new TreeSet<>());
    }
    for (Script s : updateScripts) {
      succ.get(index.get(s.from())).add(index.get(s.to()));
    }
    next = new int[names.length][];
    for (int i = 0; i < names.length; i++) {
      next[i] = succ.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Every version named by a script, in strcmp order. */
  public Set<String> versions() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
  }

  /** Versions that have a full install script, in strcmp order. */
  public Set<String> installable() {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < names.length; i++) {
      if (installable[i]) {
        out.add(names[i]);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The update scripts leaving {@code version}, target versions in strcmp order. */
  public List<String> successors(String version) {
    Integer i = index.get(version);
    if (i == null) {
      return List.of();
    }
    return Arrays.stream(next[i]).mapToObj(j -> names[j]).toList();
  }

  /**
   * The versions PostgreSQL steps through from {@code from} to {@code to}, both included, or empty
   * when there is no path. {@code from.equals(to)} gives an empty optional, as PostgreSQL lists no
   * path from a version to itself.
   */
  public Optional<List<String>> updatePath(String from, String to) {
    if (from.equals(to) || !index.containsKey(from) || !index.containsKey(to)) {
      return Optional.empty();
    }
    return pathsFrom(from).to(to);
  }

  /** PostgreSQL's update paths from one version to every other, computed in one pass. */
  public PathTree pathsFrom(String from) {
    Integer s = index.get(from);
    if (s == null) {
      throw new IllegalArgumentException("unknown version: " + from);
    }
    return search(s, false);
  }

  /**
   * How {@code CREATE EXTENSION ... VERSION v} gets to {@code version}: its own install script (a
   * one-element list), or the install script of a start version followed by updates, chosen as
   * {@code find_install_path} does: shortest update path not passing through another installable
   * version; ties go to the start version that sorts LAST by strcmp (what the C code does).
   */
  public Optional<List<String>> installPath(String version) {
    Integer t = index.get(version);
    if (t == null) {
      return Optional.empty();
    }
    if (installable[t]) {
      return Optional.of(List.of(version));
    }
    PathTree best = null;
    for (PathTree tree : installTrees()) {
      if (tree.dist[t] < 0) {
        continue;
      }
      // trees run in strcmp order of their start, so ">=" lets a later (strcmp-greater) start win a
      // tie
      if (best == null || tree.dist[t] <= best.dist[t]) {
        best = tree;
      }
    }
    return best == null ? Optional.empty() : best.to(version);
  }

  /**
   * The versions {@code pg_available_extension_versions} lists: installable ones and those with an
   * install path.
   */
  public Set<String> available() {
    Set<String> out = new LinkedHashSet<>();
    for (String v : names) {
      if (installPath(v).isPresent()) {
        out.add(v);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Versions reachable from {@code from} by update scripts (not including itself unless on a
   * cycle).
   */
  public Set<String> reachableFrom(String from) {
    PathTree t = pathsFrom(from);
    Set<String> out = new LinkedHashSet<>();
    boolean onCycle = false;
    for (int i = 0; i < names.length; i++) {
      if (t.dist[i] >= 0) {
        for (int j : next[i]) {
          onCycle |= j == t.source;
        }
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (t.dist[i] > 0 || (i == t.source && onCycle)) {
        out.add(names[i]);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The shortest route from {@code from} to {@code to} that does not use the script {@code
   * from--to} itself (breadth-first, strcmp-least predecessors), or empty. Not a PostgreSQL rule:
   * used to tell maintainers that a direct script has a longer twin.
   */
  public Optional<List<String>> detour(String from, String to) {
    Integer s = index.get(from);
    Integer t = index.get(to);
    if (s == null || t == null) {
      return Optional.empty();
    }
    int[] prev = new int[names.length];
    Arrays.fill(prev, -1);
    int[] queue = new int[names.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = s;
    prev[s] = s;
    while (head < tail) {
      int u = queue[head++];
      for (int v : next[u]) {
        if ((u == s && v == t) || prev[v] >= 0) {
          continue;
        }
        prev[v] = u;
        if (v == t) {
          List<String> path = new ArrayList<>();
          for (int w = t; w != s; w = prev[w]) {
            path.add(names[w]);
          }
          path.add(from);
          Collections.reverse(path);
          return Optional.of(List.copyOf(path));
        }
        queue[tail++] = v;
      }
    }
    return Optional.empty();
  }

  private List<PathTree> installTrees() {
    List<PathTree> trees = installTrees;
    if (trees == null) {
      trees = new ArrayList<>();
      for (int s = 0; s < names.length; s++) {
        if (installable[s]) {
          trees.add(
              search(s, true)); // reject_indirect: no path through another installable version
        }
      }
      installTrees = trees;
    }
    return trees;
  }

  private PathTree search(int source, boolean rejectIndirect) {
    int n = names.length;
    int[] dist = new int[n];
    int[] prev = new int[n];
    Arrays.fill(dist, -1);
    Arrays.fill(prev, -1);
    dist[source] = 0;
    int[] layer = {source};
    int d = 0;
    while (layer.length > 0) {
      int[] nextLayer = new int[n];
      int count = 0;
      for (int u : layer) {
        for (int v : next[u]) {
          if (rejectIndirect && installable[v]) {
            continue;
          }
          if (dist[v] < 0) {
            dist[v] = d + 1;
            prev[v] = u;
            nextLayer[count++] = v;
          } else if (dist[v] == d + 1 && u < prev[v]) {
            prev[v] = u;
          }
        }
      }
      layer = Arrays.copyOf(nextLayer, count);
      d++;
    }
    return new PathTree(source, dist, prev);
  }

  /** Shortest paths from one source, PostgreSQL's choice among equals. */
  public final class PathTree {
    private final int source;
    private final int[] dist;
    private final int[] prev;

    private PathTree(int source, int[] dist, int[] prev) {
      this.source = source;
      this.dist = dist;
      this.prev = prev;
    }

    /** The path to {@code to}, both ends included, or empty (also for the source itself). */
    public Optional<List<String>> to(String to) {
      Integer t = index.get(to);
      if (t == null || t == source || dist[t] < 0) {
        return Optional.empty();
      }
      String[] path = new String[dist[t] + 1];
      for (int v = t, k = dist[t]; v >= 0 && k >= 0; v = prev[v], k--) {
        path[k] = names[v];
      }
      return Optional.of(List.of(path));
    }

    /** Number of scripts on the path to {@code to}, or -1 when there is none. */
    public int length(String to) {
      Integer t = index.get(to);
      return t == null || t == source ? -1 : dist[t];
    }
  }

  /** C {@code strcmp} on UTF-8 bytes, which is what PostgreSQL compares version names with. */
  public static int strcmp(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
