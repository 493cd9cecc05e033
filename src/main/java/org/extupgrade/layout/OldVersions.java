package org.extupgrade.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.jspecify.annotations.Nullable;

/**
 * Old versions that update scripts start at but these files cannot install: the usual layout keeps
 * only the current full install script and every update script. Users on those versions can
 * upgrade, but no fresh install can start there, so no command can test those upgrades. {@code
 * paths}, {@code check} and {@code verify} say so once, in the same words, not once per version.
 */
public final class OldVersions {
  private OldVersions() {}

  /**
   * The versions, oldest first ({@link VersionOrder}), with no install script and no install path
   * but an update path to {@code target}; none older than {@code oldest} when it is not null.
   */
  public static List<String> untestable(Extension ext, String target, @Nullable String oldest) {
    VersionGraph g = ext.graph();
    Set<String> available = g.available();
    List<String> out = new ArrayList<>();
    for (String v : g.versions()) {
      if (v.equals(target) || available.contains(v)) continue;
      if (oldest != null && VersionOrder.INSTANCE.compare(v, oldest) < 0) continue;
      if (g.updatePath(v, target).isPresent()) out.add(v);
    }
    out.sort(VersionOrder.INSTANCE);
    return out;
  }

  /** The one finding about {@link #untestable} versions, or empty when there are none. */
  public static Optional<Finding> finding(Extension ext, String target, @Nullable String oldest) {
    List<String> versions = untestable(ext, target, oldest);
    if (versions.isEmpty()) return Optional.empty();
    long scripts = ext.updateScripts().stream().filter(s -> versions.contains(s.from())).count();
    String which =
        versions.size() == 1
            ? "version " + versions.get(0)
            : versions.size()
                + " versions ("
                + (versions.size() <= 4
                    ? String.join(", ", versions)
                    : versions.get(0) + " to " + versions.get(versions.size() - 1))
                + ")";
    return Optional.of(
        Finding.of(FindingKind.OLD_VERSIONS_UNTESTABLE)
            .object("extension " + ext.name())
            .message(
                scripts
                    + (scripts == 1 ? " update script starts" : " update scripts start")
                    + " at "
                    + which
                    + " that these files cannot install: the old full install scripts are not"
                    + " kept, so no upgrade from there to "
                    + target
                    + " can be tested")
            .at(Location.of(ext.control().file()))
            .fix(
                "full install scripts of those releases (from git tags) in a folder passed with"
                    + " --scripts DIR would let check and verify test them")
            .build());
  }
}
