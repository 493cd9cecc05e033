package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/CI.md and action.yml are copied into users' CI as they are: their YAML must parse, and every
 * extupgrade command line in them must parse with the tool's own options.
 */
class CiDocsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
  private static final Pattern COMMAND =
      Pattern.compile("(?m)^\\s*(?:- )?\\S*extupgrade (paths|check|verify|merge) ([^\n]*)$");

  @Test
  void everyYamlBlockParses() throws Exception {
    List<String> blocks = yamlBlocks();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
    for (String b : blocks) assertThat(YAML.readTree(b)).as(b).isNotNull();
    JsonNode action = YAML.readTree(Files.readString(Path.of("action.yml")));
    assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
  }

  @Test
  void everyCommandLineParses() throws Exception {
    List<String> lines = new ArrayList<>();
    String docs = Files.readString(Path.of("docs/CI.md"));
    Matcher m = COMMAND.matcher(docs);
    while (m.find()) lines.add(m.group(1) + " " + m.group(2));
    // the action's args: 'command: X' then 'args: ...' in the same step
    Matcher a =
        Pattern.compile("command: (\\w+)[^\n]*\n(?:[^\n]*\n)??\\s*args: ([^\n]*)").matcher(docs);
    while (a.find()) lines.add(a.group(1) + " . " + a.group(2));
    assertThat(lines).hasSizeGreaterThanOrEqualTo(7);
    for (String line : lines) {
      String[] args =
          line.replace("${{ matrix.pg }}", "17")
              .replace("${{ matrix.shard }}", "2")
              .replace("$PG", "17")
              .replace("$SHARD", "2")
              .replaceAll("\\s+#.*", "")
              .trim()
              .split("\\s+");
      java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
      CommandLine cl = new CommandLine(new Main(sink, sink));
      cl.parseArgs(args); // throws on an unknown option or a bad value
    }
  }

  private static List<String> yamlBlocks() throws Exception {
    List<String> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(Files.readString(Path.of("docs/CI.md")));
    while (m.find()) out.add(m.group(1));
    return out;
  }
}
