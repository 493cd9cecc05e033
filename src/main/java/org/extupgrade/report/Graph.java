package org.extupgrade.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;
import org.extupgrade.layout.VersionOrder;
import org.jspecify.annotations.Nullable;

/**
 * The extension's version graph as reports draw it: versions, the full install scripts and the
 * update scripts (edges), and PostgreSQL's chosen path to {@code default_version} from each
 * version.
 *
 * @param versions every version a script names, oldest first
 * @param scripts the full install scripts ({@code from} empty) and update scripts, by version
 */
public record Graph(@Nullable String defaultVersion, List<String> versions, List<Edge> scripts) {
  public static final Graph NONE = new Graph(null, List.of(), List.of());

  public Graph {
    versions = List.copyOf(versions);
    scripts = List.copyOf(scripts);
  }

  /** One script: an install ({@code from} empty) or an update {@code from -> to}. */
  public record Edge(String from, String to, String file) {
    public Edge {
      Objects.requireNonNull(from);
      Objects.requireNonNull(to);
      Objects.requireNonNull(file);
    }

    public boolean isInstall() {
      return from.isEmpty();
    }
  }

  /**
   * The graph of an extension, script files named as {@code shown} names them (relative to the
   * working directory, or as the project's build names them).
   */
  public static Graph of(Extension ext, Function<Path, String> shown) {
    List<String> versions = new ArrayList<>(ext.graph().versions());
    versions.sort(VersionOrder.INSTANCE);
    List<Edge> edges = new ArrayList<>();
    for (Script s : ext.installScripts()) edges.add(edge(s, shown));
    for (Script s : ext.updateScripts()) edges.add(edge(s, shown));
    edges.sort(
        java.util.Comparator.comparing(Edge::from, VersionOrder.INSTANCE)
            .thenComparing(Edge::to, VersionOrder.INSTANCE));
    return new Graph(ext.defaultVersion(), versions, edges);
  }

  /** A path as reports show it: relative to the working directory when under it. */
  public static String relative(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path p = file.isAbsolute() && file.startsWith(cwd) ? cwd.relativize(file) : file;
    return p.toString().replace('\\', '/');
  }

  private static Edge edge(Script s, Function<Path, String> shown) {
    return new Edge(s.from() == null ? "" : s.from(), s.to(), shown.apply(s.file()));
  }
}
