package org.extupgrade.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.model.VersionPair;

/** Findings as JSON, the stable shape documented in {@code docs/json-format.md}. */
public final class JsonReport {
  /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
  public static final int FORMAT_VERSION = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String render(FindingReport r) {
    try {
      return JSON.writeValueAsString(tree(r)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report as a JSON tree, for documents that embed it (verify over several majors). */
  public static ObjectNode tree(FindingReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT_VERSION);
    root.put("command", r.command());
    root.put("extension", r.extension());
    ObjectNode summary = root.putObject("summary");
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      summary.put(s.label(), r.count(s));
    }
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    List<String> failing = TextReport.failing(r);
    ArrayNode upgrades = root.putArray("upgrades");
    for (VersionPair p : r.pairs()) {
      ObjectNode u = upgrades.addObject();
      u.put("from", p.from());
      u.put("to", p.to());
      ArrayNode path = u.putArray("path");
      p.path().forEach(path::add);
      u.put(
          "status",
          failing.contains(p.label()) ? "findings" : p.path().isEmpty() ? "no-path" : "clean");
    }
    if (!r.graph().versions().isEmpty()) root.set("graph", graph(r.graph()));
    ArrayNode groups = root.putArray("groups");
    for (FindingReport.Group g : r.groups()) {
      ObjectNode n = groups.addObject();
      n.put("from", g.from());
      n.put("to", g.to());
      ArrayNode path = n.putArray("path");
      g.path().forEach(path::add);
      ArrayNode fs = n.putArray("findings");
      for (Finding f : g.findings()) fs.add(finding(f));
    }
    return root;
  }

  /** The version graph: versions, scripts, default_version. */
  public static ObjectNode graph(Graph g) {
    ObjectNode n = JSON.createObjectNode();
    n.put("defaultVersion", g.defaultVersion());
    ArrayNode versions = n.putArray("versions");
    g.versions().forEach(versions::add);
    ArrayNode scripts = n.putArray("scripts");
    for (Graph.Edge e : g.scripts()) {
      ObjectNode s = scripts.addObject();
      s.put("from", e.from());
      s.put("to", e.to());
      s.put("file", e.file());
    }
    return n;
  }

  /** One finding, as the report writes it. */
  public static ObjectNode finding(Finding f) {
    ObjectNode n = JSON.createObjectNode();
    n.put("severity", f.severity().label());
    n.put("kind", f.kind().id());
    n.put("object", f.object());
    n.put("from", f.from());
    n.put("to", f.to());
    n.put("message", f.message());
    Location w = f.where();
    if (w == null) {
      n.putNull("where");
    } else {
      ObjectNode l = n.putObject("where");
      l.put("file", w.file().toString().replace('\\', '/'));
      l.put("line", w.line());
      l.put("column", w.column());
    }
    n.put("suggestion", f.suggestion());
    n.put("detail", f.detail());
    ArrayNode affects = n.putArray("affects");
    f.affects().forEach(affects::add);
    return n;
  }
}
