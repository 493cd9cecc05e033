package org.extupgrade.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;

/**
 * The maintainer's findings about an extension's version graph. Kinds (stable):
 *
 * <ul>
 *   <li>{@code no-default-version} (warning): the control file sets no default_version.
 *   <li>{@code default-version-not-installable} (error): no install script and no install path.
 *   <li>{@code default-version-installed-by-update} (info): CREATE EXTENSION runs an older install
 *       script and then updates.
 *   <li>{@code no-path-to-default} (error): a version users can install has no update path to
 *       default_version.
 *   <li>{@code newer-than-default} (info): a version newer than default_version ({@link
 *       VersionOrder}) has no update path to it. Nobody is there without asking for it ({@code
 *       CREATE EXTENSION ... VERSION} or {@code UPDATE TO} that version): it is the next version in
 *       development, or default_version was not bumped at release. Users do not downgrade, so
 *       neither {@code no-path-to-default} nor {@code edge-to-unknown-version} applies to it.
 *   <li>{@code unreachable-script} (warning): an update script no installable version leads to, and
 *       which does not lead to default_version (it helps nobody).
 *   <li>{@code old-versions-untestable} (info): the other update scripts that start at versions no
 *       file installs, once for all ({@link OldVersions}): the usual layout keeping only the
 *       current full install script.
 *   <li>{@code edge-to-unknown-version} (warning): an update script to a version no other file
 *       names.
 *   <li>{@code update-cycle} (info): versions that update into each other in a cycle.
 *   <li>{@code direct-and-chain} (info): a direct script beside a longer chain between the same
 *       versions; users on either route need it tested.
 * </ul>
 */
final class PathFindings {
  private final PathsAnalysis a;
  private final Extension ext;
  private final VersionGraph g;
  private final List<Finding> out = new ArrayList<>();

  private PathFindings(PathsAnalysis a) {
    this.a = a;
    this.ext = a.extension();
    this.g = a.graph();
  }

  static List<Finding> of(PathsAnalysis a) {
    PathFindings f = new PathFindings(a);
    f.defaultVersion();
    f.scripts();
    f.cycles();
    f.out.sort(Finding.ORDER);
    return List.copyOf(f.out);
  }

  private void add(
      Severity s,
      String kind,
      String from,
      String to,
      String message,
      Location where,
      String suggestion) {
    out.add(new Finding(s, kind, "", from, to, message, where, suggestion, ""));
  }

  private void defaultVersion() {
    String dv = ext.defaultVersion();
    Location at = ext.control().where("default_version");
    if (dv == null) {
      add(
          Severity.WARNING,
          "no-default-version",
          "",
          "",
          "the control file sets no default_version:"
              + " CREATE EXTENSION "
              + ext.name()
              + " fails unless a VERSION is given",
          at,
          "default_version = '<latest version>'");
      return;
    }
    Optional<List<String>> install = g.installPath(dv);
    if (install.isEmpty()) {
      add(
          Severity.ERROR,
          "default-version-not-installable",
          "",
          dv,
          "default_version "
              + dv
              + " has no install script "
              + ext.name()
              + "--"
              + dv
              + ".sql and no update path from an"
              + " installable version: CREATE EXTENSION "
              + ext.name()
              + " fails",
          at,
          "add "
              + ext.name()
              + "--"
              + dv
              + ".sql, or set default_version to a version that exists");
      return;
    }
    if (install.get().size() > 1) {
      add(
          Severity.INFO,
          "default-version-installed-by-update",
          install.get().get(0),
          dv,
          "CREATE EXTENSION installs "
              + ext.name()
              + "--"
              + install.get().get(0)
              + ".sql, then updates "
              + String.join("--", install.get()),
          at,
          "");
    }
    for (String v : g.available()) {
      if (!v.equals(dv) && a.length(v, dv) < 0 && VersionOrder.newer(v, dv)) {
        out.add(
            Finding.of(FindingKind.NEWER_THAN_DEFAULT)
                .upgrade(v, dv)
                .message(
                    "version "
                        + v
                        + " is newer than default_version "
                        + dv
                        + " and has no update path to it: the next version in development"
                        + " (installed only when asked for by VERSION '"
                        + v
                        + "'), or default_version was not bumped at its release")
                .at(at)
                .fix("default_version = '" + v + "' once " + v + " is released")
                .build());
      } else if (!v.equals(dv) && a.length(v, dv) < 0) {
        Location where =
            ext.installScript(v)
                .map(s -> Location.of(s.file()))
                .orElse(Location.of(ext.control().file()));
        add(
            Severity.ERROR,
            "no-path-to-default",
            v,
            dv,
            "users on "
                + v
                + " cannot update to "
                + dv
                + ": no chain of update scripts leads there",
            where,
            "add " + ext.name() + "--" + v + "--" + dv + ".sql");
      }
    }
  }

  private void scripts() {
    Set<String> reachable = new HashSet<>(g.installable());
    for (String v : g.installable()) {
      reachable.addAll(g.reachableFrom(v));
    }
    Map<String, Integer> mentions = new HashMap<>();
    for (Script s : ext.installScripts()) {
      mentions.merge(s.to(), 1, Integer::sum);
    }
    for (Script s : ext.updateScripts()) {
      mentions.merge(s.from(), 1, Integer::sum);
      mentions.merge(s.to(), 1, Integer::sum);
    }
    String dv = ext.defaultVersion();
    for (Script s : ext.updateScripts()) {
      String from = s.from();
      Location at = Location.of(s.file());
      boolean canRun = reachable.contains(from);
      boolean toDefault = dv != null && (s.to().equals(dv) || a.length(s.to(), dv) >= 0);
      if (!canRun && !toDefault) {
        add(
            Severity.WARNING,
            "unreachable-script",
            from,
            s.to(),
            s.file().getFileName()
                + " starts at "
                + from
                + ", which no install script leads to, and ends at "
                + s.to()
                + (dv == null
                    ? " (no default_version)"
                    : ", from which no update path leads to default_version " + dv)
                + ": only databases that already have "
                + from
                + " (from an older release) can run it, no fresh install can test it, and it"
                + " leaves them on "
                + s.to(),
            at,
            "archive "
                + ext.name()
                + "--"
                + from
                + ".sql (e.g. in sql/archive/) so the path can be tested,"
                + " or delete the script if no database is on "
                + from
                + " any more");
      }
      boolean newer = dv != null && !toDefault && VersionOrder.newer(s.to(), dv);
      if (canRun && mentions.get(s.to()) == 1 && !s.to().equals(dv) && !newer) {
        add(
            Severity.WARNING,
            "edge-to-unknown-version",
            from,
            s.to(),
            s.file().getFileName()
                + " updates to "
                + s.to()
                + ", a version no other script names (a typo?)",
            at,
            "");
      }
      g.detour(from, s.to())
          .ifPresent(
              chain ->
                  add(
                      Severity.INFO,
                      "direct-and-chain",
                      from,
                      s.to(),
                      "PostgreSQL runs "
                          + s.file().getFileName()
                          + " from "
                          + from
                          + " to "
                          + s.to()
                          + ", but the chain "
                          + String.join("--", chain)
                          + " also leads there: test both",
                      at,
                      ""));
    }
    if (dv != null) OldVersions.finding(ext, dv, null).ifPresent(out::add);
    out.addAll(Requirements.notes(ext));
  }

  private void cycles() {
    for (List<String> scc : Cycles.of(g)) {
      add(
          Severity.INFO,
          "update-cycle",
          scc.get(0),
          scc.get(0),
          "versions "
              + String.join(", ", scc)
              + " update into each other in a cycle (downgrade scripts?); PostgreSQL allows it",
          Location.of(ext.control().file()),
          "");
    }
  }
}
