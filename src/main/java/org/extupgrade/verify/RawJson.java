package org.extupgrade.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.model.UserError;
import org.extupgrade.report.JsonReport;

/**
 * {@link Raw} as JSON, for the file a shard writes and the merge reads. Absolute script paths are
 * written relative to the extension's folder, so shards may run in checkouts at other places.
 */
final class RawJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RawJson() {}

  static ObjectNode write(Raw r, boolean stubbed, Path root) {
    ObjectNode n = F.objectNode();
    n.put("major", r.major());
    n.put("stubbed", stubbed);
    ObjectNode plan = n.putObject("plan");
    plan.put("target", r.plan().target());
    ArrayNode scenarios = plan.putArray("scenarios");
    for (Scenario s : r.plan().scenarios()) scenarios.add(scenario(s));
    strings(plan.putArray("noPath"), r.plan().noPath());
    strings(plan.putArray("available"), r.plan().available().stream().sorted().toList());
    findings(n.putArray("unavailable"), r.unavailable(), root);
    ArrayNode fresh = n.putArray("fresh");
    new TreeMap<>(r.fresh())
        .forEach(
            (v, f) -> {
              ObjectNode o = fresh.addObject().put("version", v);
              o.put("failed", f.failed()).put("outside", f.outside());
              findings(o.putArray("findings"), f.findings(), root);
            });
    ArrayNode edges = n.putArray("edges");
    for (Edges.Edge e : r.plan().edges()) {
      Raw.EdgeRun run = r.edges().get(e);
      if (run == null) continue;
      ObjectNode o = edges.addObject().put("from", e.from()).put("to", e.to());
      o.put("unchecked", run.unchecked());
      findings(o.putArray("findings"), run.findings(), root);
    }
    ArrayNode paths = n.putArray("paths");
    for (Scenario s : r.plan().scenarios()) {
      Raw.PathRun run = r.paths().get(s);
      if (run == null) continue;
      ObjectNode o = paths.addObject();
      o.set("scenario", scenario(s));
      o.put("failed", run.failed());
      findings(o.putArray("findings"), run.findings(), root);
    }
    ArrayNode notes = n.putArray("notes");
    r.notes().forEach((k, v) -> strings(notes.addObject().put("unit", k).putArray("lines"), v));
    ArrayNode others = n.putArray("others");
    r.others()
        .forEach(
            (k, v) -> findings(others.addObject().put("unit", k).putArray("findings"), v, root));
    return n;
  }

  /** One major's part; {@code stubbed} receives whether stub mode was on. */
  static Raw read(JsonNode n, Path root, boolean[] stubbed) {
    stubbed[0] = n.path("stubbed").asBoolean();
    JsonNode p = n.path("plan");
    List<Scenario> scenarios = new ArrayList<>();
    for (JsonNode s : p.path("scenarios")) scenarios.add(scenario(s));
    Plan plan =
        new Plan(
            text(p, "target"),
            scenarios,
            strings(p.path("noPath")),
            new LinkedHashSet<>(strings(p.path("available"))));
    Map<String, Raw.Fresh> fresh = new LinkedHashMap<>();
    for (JsonNode f : n.path("fresh")) {
      fresh.put(
          text(f, "version"),
          new Raw.Fresh(
              findings(f.path("findings"), root),
              f.path("failed").asBoolean(),
              f.path("outside").asBoolean()));
    }
    Map<Edges.Edge, Raw.EdgeRun> edges = new LinkedHashMap<>();
    for (JsonNode e : n.path("edges")) {
      edges.put(
          new Edges.Edge(text(e, "from"), text(e, "to")),
          new Raw.EdgeRun(findings(e.path("findings"), root), e.path("unchecked").asBoolean()));
    }
    Map<Scenario, Raw.PathRun> paths = new LinkedHashMap<>();
    for (JsonNode s : n.path("paths")) {
      paths.put(
          scenario(s.path("scenario")),
          new Raw.PathRun(findings(s.path("findings"), root), s.path("failed").asBoolean()));
    }
    SortedMap<String, List<Finding>> others = new TreeMap<>();
    for (JsonNode o : n.path("others"))
      others.put(text(o, "unit"), findings(o.path("findings"), root));
    SortedMap<String, List<String>> notes = new TreeMap<>();
    for (JsonNode o : n.path("notes")) notes.put(text(o, "unit"), strings(o.path("lines")));
    return new Raw(
        n.path("major").asInt(),
        plan,
        findings(n.path("unavailable"), root),
        fresh,
        edges,
        paths,
        others,
        notes);
  }

  private static ObjectNode scenario(Scenario s) {
    ObjectNode o = F.objectNode();
    strings(o.putArray("steps"), s.steps());
    o.put("stepwise", s.stepwise());
    return o;
  }

  private static Scenario scenario(JsonNode n) {
    return new Scenario(strings(n.path("steps")), n.path("stepwise").asBoolean());
  }

  /** Findings as the JSON report writes them, the script's path relative to the extension. */
  private static void findings(ArrayNode to, List<Finding> findings, Path root) {
    for (Finding f : findings) {
      ObjectNode n = JsonReport.finding(f);
      n.remove("where");
      Location w = f.where();
      if (w != null) {
        // an absolute path into the extension's folder is written relative to it; a relative
        // path stays as given (relative to the folder the shard ran in, and the merge runs in)
        Path file = w.file();
        boolean inside = file.isAbsolute() && file.normalize().startsWith(root);
        n.put("file", (inside ? root.relativize(file.normalize()) : file).toString());
        n.put("inside", inside);
        n.put("line", w.line());
        n.put("column", w.column());
      }
      to.add(n);
    }
  }

  private static List<Finding> findings(JsonNode a, Path root) {
    List<Finding> out = new ArrayList<>();
    for (JsonNode n : a) {
      String kind = text(n, "kind");
      Location where = null;
      if (n.has("file")) {
        Path file = Path.of(text(n, "file"));
        if (n.path("inside").asBoolean()) file = root.resolve(file);
        where = new Location(file, n.path("line").asInt(), n.path("column").asInt());
      }
      out.add(
          new Finding(
              Severity.parse(text(n, "severity")),
              FindingKind.byId(kind)
                  .orElseThrow(() -> new UserError("unknown finding kind in a shard: " + kind)),
              text(n, "object"),
              text(n, "from"),
              text(n, "to"),
              text(n, "message"),
              where,
              text(n, "suggestion"),
              text(n, "detail"),
              strings(n.path("affects"))));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) throw new UserError("a shard file lacks \"" + field + "\"");
    return v.asText();
  }

  private static void strings(ArrayNode to, List<String> values) {
    values.forEach(to::add);
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : a) out.add(v.asText());
    return out;
  }
}
