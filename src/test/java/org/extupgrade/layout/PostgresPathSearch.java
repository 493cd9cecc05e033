package org.extupgrade.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line transcription of PostgreSQL's {@code get_ext_ver_list}, {@code find_update_path}
 * and {@code find_install_path} (extension.c), per pair and in directory order: the reference the
 * one-pass search in {@link VersionGraph} is tested against.
 */
final class PostgresPathSearch {
  static final class Evi {
    final String name;
    final List<Evi> reachable = new ArrayList<>();
    boolean installable;
    boolean distanceKnown;
    int distance = Integer.MAX_VALUE;
    Evi previous;

    Evi(String name) {
      this.name = name;
    }
  }

  final List<Evi> list = new ArrayList<>();

  /** Scripts in "directory order": {from, to} pairs, from null for install scripts. */
  PostgresPathSearch(List<String[]> scriptsInDirectoryOrder) {
    for (String[] s : scriptsInDirectoryOrder) {
      if (s[0] == null) {
        get(s[1]).installable = true;
      } else {
        Evi a = get(s[0]);
        Evi b = get(s[1]);
        a.reachable.add(b);
      }
    }
  }

  Evi get(String name) {
    for (Evi e : list) {
      if (e.name.equals(name)) {
        return e;
      }
    }
    Evi e = new Evi(name);
    list.add(e);
    return e;
  }

  private Evi nearestUnprocessed() {
    Evi evi = null;
    for (Evi e2 : list) {
      if (e2.distanceKnown) {
        continue;
      }
      if (evi == null || evi.distance > e2.distance) {
        evi = e2;
      }
    }
    return evi;
  }

  /** The path without the start version, or null (NIL). */
  List<String> findUpdatePath(Evi start, Evi target, boolean rejectIndirect) {
    for (Evi e : list) {
      e.distanceKnown = false;
      e.distance = Integer.MAX_VALUE;
      e.previous = null;
    }
    start.distance = 0;
    Evi evi;
    while ((evi = nearestUnprocessed()) != null) {
      if (evi.distance == Integer.MAX_VALUE) {
        break;
      }
      evi.distanceKnown = true;
      if (evi == target) {
        break;
      }
      for (Evi evi2 : evi.reachable) {
        if (rejectIndirect && evi2.installable) {
          continue;
        }
        int newdist = evi.distance + 1;
        if (newdist < evi2.distance) {
          evi2.distance = newdist;
          evi2.previous = evi;
        } else if (newdist == evi2.distance
            && evi2.previous != null
            && VersionGraph.strcmp(evi.name, evi2.previous.name) < 0) {
          evi2.previous = evi;
        }
      }
    }
    if (!target.distanceKnown) {
      return null;
    }
    List<String> result = new ArrayList<>();
    for (evi = target; evi != start; evi = evi.previous) {
      result.add(0, evi.name);
    }
    return result;
  }

  /** The start version PostgreSQL installs from, with the update path in bestPath, or null. */
  Evi findInstallPath(Evi target, List<String> bestPath) {
    bestPath.clear();
    if (target.installable) {
      return target;
    }
    Evi start = null;
    for (Evi evi1 : list) {
      if (!evi1.installable) {
        continue;
      }
      List<String> path = findUpdatePath(evi1, target, true);
      if (path == null) {
        continue;
      }
      if (start == null
          || path.size() < bestPath.size()
          || (path.size() == bestPath.size() && VersionGraph.strcmp(start.name, evi1.name) < 0)) {
        start = evi1;
        bestPath.clear();
        bestPath.addAll(path);
      }
    }
    return start;
  }
}
