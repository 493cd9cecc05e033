package org.extupgrade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/findings.md lists exactly the registry: id, default severity, commands, meaning (rewrite the
 * table with {@code -Dgolden.update=true}, then review).
 */
class FindingKindDocsTest {
  private static final Path DOC = Path.of("docs/findings.md");
  private static final String BEGIN = "<!-- registry: begin -->\n";
  private static final String END = "<!-- registry: end -->\n";

  static String table() {
    StringBuilder b = new StringBuilder("| kind | default severity | reported by | meaning |\n");
    b.append("|---|---|---|---|\n");
    for (FindingKind k : FindingKind.values()) {
      b.append("| `")
          .append(k.id())
          .append("` | ")
          .append(k.severity().label())
          .append(" | ")
          .append(k.source().commands().stream().sorted().collect(Collectors.joining(", ")))
          .append(" | ")
          .append(k.meaning())
          .append(" |\n");
    }
    return b.toString();
  }

  @Test
  void theDocumentedTableIsTheRegistry() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int a = doc.indexOf(BEGIN);
    int z = doc.indexOf(END);
    assertThat(a).as("markers in " + DOC).isNotNegative();
    assertThat(z).isGreaterThan(a);
    String actual = doc.substring(a + BEGIN.length(), z);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(DOC, doc.substring(0, a + BEGIN.length()) + table() + doc.substring(z));
      return;
    }
    assertThat(actual).isEqualTo(table());
  }

  @Test
  void idsAreUniqueKebabCaseAndEveryKindHasAMeaning() {
    assertThat(Arrays.stream(FindingKind.values()).map(FindingKind::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
    assertThat(FindingKind.values()).allMatch(k -> !k.meaning().isBlank());
    assertThat(FindingKind.byId("missing-object")).contains(FindingKind.MISSING_OBJECT);
    assertThat(FindingKind.byId("extra-object")).isEmpty();
  }
}
