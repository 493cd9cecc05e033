package org.extupgrade.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;

/**
 * Findings as SARIF 2.1.0, for code scanning: one rule per kind of the registry, each finding a
 * result at its script (relative to the repository root, {@code %SRCROOT%}) with a fingerprint that
 * survives edits elsewhere in the file. One SARIF run per command run; a finding seen on several
 * PostgreSQL majors is one result.
 */
final class Sarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Sarif() {}

  static String render(Run run, Formats.Options o) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode r = root.putArray("runs").addObject();
    ObjectNode driver = r.putObject("tool").putObject("driver");
    driver.put("name", "extupgrade");
    String version = Sarif.class.getPackage().getImplementationVersion();
    if (version != null) driver.put("version", version);
    ArrayNode rules = driver.putArray("rules");
    for (FindingKind k : FindingKind.values()) rules.add(rule(k));
    // the category GitHub keeps results under: check and verify uploads do not replace each other
    r.putObject("automationDetails").put("id", "extupgrade/" + run.command() + "/");
    ArrayNode results = r.putArray("results");
    for (Finding f : Majors.merged(run).findings()) results.add(result(f, o));
    ObjectNode props = r.putObject("properties");
    props.put("extension", run.extension());
    props.put("command", run.command());
    ArrayNode majors = props.putArray("postgresqlMajors");
    run.sections().stream().filter(s -> s.major() != null).forEach(s -> majors.add(s.major()));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SARIF's level for a severity. */
  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static ObjectNode rule(FindingKind k) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", k.id());
    n.put("name", name(k.id()));
    n.putObject("shortDescription").put("text", k.meaning());
    n.putObject("help")
        .put(
            "text",
            k.meaning()
                + ". Default severity "
                + k.severity().label()
                + "; reported by "
                + String.join(", ", k.source().commands().stream().sorted().toList())
                + ". Every kind is described in extupgrade's docs/findings.md.");
    n.putObject("defaultConfiguration").put("level", level(k.severity()));
    return n;
  }

  /** {@code missing-object} as {@code MissingObject}, SARIF's rule name style. */
  private static String name(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      if (part.isEmpty()) continue;
      b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return b.toString();
  }

  private static ObjectNode result(Finding f, Formats.Options o) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ruleId", f.kind().id());
    n.put("ruleIndex", f.kind().ordinal());
    n.put("level", level(f.severity()));
    String text = f.message();
    if (!f.suggestion().isEmpty()) text += "\n\nFix:\n" + f.suggestion();
    n.putObject("message").put("text", text);
    String file = Fingerprint.file(f, o);
    if (file != null) {
      ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      String rel = RepoPath.of(o.root(), file);
      if (rel != null) {
        artifact.put("uri", RepoPath.uri(rel));
        artifact.put("uriBaseId", SRCROOT);
      } else {
        artifact.put("uri", RepoPath.fileUri(file));
      }
      // GitHub code scanning needs a start line: a finding about a whole file is at its line 1
      Location w = f.where();
      ObjectNode region = physical.putObject("region");
      region.put("startLine", w != null && w.line() > 0 ? w.line() : 1);
      if (w != null && w.line() > 0 && w.column() > 0) region.put("startColumn", w.column());
    }
    n.putObject("partialFingerprints").put(Fingerprint.KEY, Fingerprint.of(f, o));
    ObjectNode props = n.putObject("properties");
    props.put("object", f.object());
    props.put("upgrade", f.upgrade());
    ArrayNode affects = props.putArray("affects");
    f.affects().forEach(affects::add);
    props.put("detail", f.detail());
    return n;
  }
}
