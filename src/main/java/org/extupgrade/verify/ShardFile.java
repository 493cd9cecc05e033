package org.extupgrade.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extupgrade.layout.Extension;
import org.extupgrade.model.UserError;

/**
 * The file a shard of a verify run writes ({@code verify --shard i/n}) and {@code extupgrade merge}
 * reads: for each PostgreSQL major, what the shard's units found, not yet reported, with the run's
 * options so that every shard is known to be of the same run.
 */
public final class ShardFile {
  /** Bumped when the shape changes: shards and merge must be of one version of the tool. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ShardFile() {}

  /** The shards merged: the run's options, stub mode's note, and one part per major. */
  public record Merged(Verifier.Options options, String stubNote, List<VerifySession.Part> parts) {}

  public static String write(
      Extension ext,
      Shard shard,
      Verifier.Options options,
      String stubNote,
      List<VerifySession.Part> parts) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("document", "extupgrade verify shard");
    root.put("shard", shard.index());
    root.set("run", run(ext, shard, options));
    root.put("stubNote", stubNote);
    ArrayNode majors = root.putArray("majors");
    Path dir = ext.root().toAbsolutePath().normalize();
    for (VerifySession.Part p : parts) majors.add(RawJson.write(p.raw(), p.stubbed(), dir));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode run(Extension ext, Shard shard, Verifier.Options o) {
    ObjectNode n = JSON.createObjectNode();
    n.put("extension", ext.name());
    n.put("shards", shard.count());
    n.put("to", o.to());
    o.from().forEach(n.putArray("from")::add);
    n.put("oldest", o.oldest());
    n.put("allPaths", o.allPaths());
    ArrayNode kinds = n.putArray("scenarios");
    o.checks().stream().map(ScenarioKind::cliName).sorted().forEach(kinds::add);
    return n;
  }

  /**
   * Reads and merges the shards of one run: every shard from 1 to n once, each of the same run.
   *
   * @throws UserError naming the file, when one is not a shard file or not of this run
   */
  public static Merged read(Extension ext, List<Path> files) {
    if (files.isEmpty()) throw new UserError("merge: give the shard files to merge");
    JsonNode run = null;
    String note = "";
    Path dir = ext.root().toAbsolutePath().normalize();
    // by major, then by shard index: shards of one major, or of several run apart (a CI matrix)
    Map<Integer, Map<Integer, Raw>> parts = new TreeMap<>();
    Map<Integer, Boolean> stubbed = new TreeMap<>();
    for (Path f : files) {
      JsonNode doc = parse(f);
      if (run == null) run = doc.get("run");
      else if (!run.equals(doc.get("run")))
        throw new UserError(
            f + ": a shard of another run (options, extension or shard count differ)");
      if (!run.path("extension").asText().equals(ext.name()))
        throw new UserError(f + ": a shard of extension " + run.path("extension").asText());
      if (note.isEmpty()) note = doc.path("stubNote").asText("");
      int index = doc.path("shard").asInt();
      for (JsonNode m : doc.path("majors")) {
        boolean[] s = new boolean[1];
        Raw raw = RawJson.read(m, dir, s);
        stubbed.merge(raw.major(), s[0], Boolean::logicalOr);
        if (parts.computeIfAbsent(raw.major(), k -> new TreeMap<>()).put(index, raw) != null)
          throw new UserError(
              f + ": shard " + index + " of PostgreSQL " + raw.major() + " given twice");
      }
    }
    int count = run.path("shards").asInt();
    List<VerifySession.Part> merged = new ArrayList<>();
    for (Map.Entry<Integer, Map<Integer, Raw>> m : parts.entrySet()) {
      for (int i = 1; i <= count; i++) {
        if (!m.getValue().containsKey(i))
          throw new UserError(
              "merge: shard " + i + "/" + count + " of PostgreSQL " + m.getKey() + " is missing");
      }
      merged.add(
          new VerifySession.Part(
              Raw.merge(new ArrayList<>(m.getValue().values())), stubbed.get(m.getKey())));
    }
    return new Merged(options(run), note, merged);
  }

  private static JsonNode parse(Path f) {
    try {
      JsonNode doc = JSON.readTree(Files.readString(f));
      if (doc == null || !"extupgrade verify shard".equals(doc.path("document").asText()))
        throw new UserError(f + ": not a shard file (write one with verify --shard i/n)");
      if (doc.path("format").asInt() != FORMAT)
        throw new UserError(
            f + ": shard format " + doc.path("format") + ", this tool reads " + FORMAT);
      return doc;
    } catch (JsonProcessingException e) {
      throw new UserError(
          f + ":" + e.getLocation().getLineNr() + ": not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UserError(f + ": " + UserError.describe(e));
    }
  }

  private static Verifier.Options options(JsonNode run) {
    List<String> from = new ArrayList<>();
    run.path("from").forEach(v -> from.add(v.asText()));
    List<String> kinds = new ArrayList<>();
    run.path("scenarios").forEach(v -> kinds.add(v.asText()));
    EnumSet<ScenarioKind> checks = EnumSet.noneOf(ScenarioKind.class);
    for (ScenarioKind k : ScenarioKind.values()) if (kinds.contains(k.cliName())) checks.add(k);
    return new Verifier.Options(
        run.path("to").isTextual() ? run.path("to").asText() : null,
        from,
        Duration.ofSeconds(30),
        1,
        checks,
        run.path("allPaths").asBoolean(),
        run.path("oldest").isTextual() ? run.path("oldest").asText() : null);
  }
}
