package org.extupgrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.extupgrade.model.Finding;
import org.extupgrade.model.FindingKind;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.model.VersionPair;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The CI formats on hand-made runs: what the golden files cannot show one property at a time. */
class FormatsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final VersionPair PAIR = new VersionPair("1.0", "1.1", List.of("1.0", "1.1"));

  private static Finding missing(int line) {
    return Finding.of(FindingKind.MISSING_OBJECT)
        .object("function f(integer)")
        .upgrade("1.0", "1.1")
        .message(
            "function f(integer) is missing after upgrade 1.0 -> 1.1 (x--1.1.sql:" + line + ")")
        .at(new Location(Path.of("ext/x--1.0--1.1.sql"), line, 1))
        .fix("CREATE FUNCTION f(a int) ...")
        .build();
  }

  private static Run run(Finding... fs) {
    return Run.of(null, new FindingReport("check", "x", List.of(PAIR), List.of(fs)));
  }

  private static Formats.Options options() {
    return new Formats.Options(false, Ansi.OFF, ROOT, "ext/x.control", Severity.ERROR);
  }

  private static JsonNode sarif(Run r) throws Exception {
    String s = Formats.render(Format.sarif, r, options());
    assertThat(Schemas.sarifErrors(s)).isEmpty();
    return new ObjectMapper().readTree(s);
  }

  @Nested
  class Sarif {
    @Test
    void hasOneRulePerKindOfTheRegistryWithItsDefaultLevel() throws Exception {
      JsonNode rules = sarif(run()).at("/runs/0/tool/driver/rules");
      assertThat(rules).hasSize(FindingKind.values().length);
      assertThat(rules.get(FindingKind.COLUMN_ORDER_DRIFT.ordinal()).at("/id").asText())
          .isEqualTo("column-order-drift");
      assertThat(
              rules
                  .get(FindingKind.COLUMN_ORDER_DRIFT.ordinal())
                  .at("/defaultConfiguration/level")
                  .asText())
          .isEqualTo("warning");
      assertThat(
              rules
                  .get(FindingKind.BLIND_SPOT.ordinal())
                  .at("/defaultConfiguration/level")
                  .asText())
          .isEqualTo("note");
    }

    @Test
    void placesAResultAtItsScriptRelativeToTheRoot() throws Exception {
      JsonNode loc = sarif(run(missing(3))).at("/runs/0/results/0/locations/0/physicalLocation");
      assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("ext/x--1.0--1.1.sql");
      assertThat(loc.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(loc.at("/region/startLine").asInt()).isEqualTo(3);
      assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(1);
    }

    @Test
    void keepsItsFingerprintWhenLinesMoveAndChangesItForAnotherObject() throws Exception {
      String at3 = sarif(run(missing(3))).at("/runs/0/results/0/partialFingerprints").toString();
      String at9 = sarif(run(missing(9))).at("/runs/0/results/0/partialFingerprints").toString();
      Finding other =
          Finding.of(FindingKind.MISSING_OBJECT)
              .object("function g(integer)")
              .upgrade("1.0", "1.1")
              .message("function g(integer) is missing after upgrade 1.0 -> 1.1")
              .at(new Location(Path.of("ext/x--1.0--1.1.sql"), 3, 1))
              .build();
      String g = sarif(run(other)).at("/runs/0/results/0/partialFingerprints").toString();
      assertThat(at3).isEqualTo(at9).isNotEqualTo(g);
    }

    @Test
    void placesAFindingWithoutALocationAtTheControlFile() throws Exception {
      Finding nowhere =
          Finding.of(FindingKind.NO_UPDATE_PATH)
              .upgrade("1.0", "1.1")
              .message("PostgreSQL has no update path from 1.0 to 1.1")
              .build();
      JsonNode loc = sarif(run(nowhere)).at("/runs/0/results/0/locations/0/physicalLocation");
      assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("ext/x.control");
      assertThat(loc.at("/region/startLine").asInt()).isEqualTo(1);
    }

    @Test
    void theValidatorRejectsWhatGithubRejects() throws Exception {
      String bad =
          Formats.render(Format.sarif, run(missing(3)), options())
              .replace("\"startColumn\" : 1", "\"startColumn\" : 0");
      assertThat(Schemas.sarifErrors(bad)).isNotEmpty();
    }
  }

  @Nested
  class Github {
    @Test
    void escapesDataAndPropertiesAsTheRunnerUnescapesThem() {
      assertThat(GithubCommands.data("50% done\r\nnext")).isEqualTo("50%25 done%0D%0Anext");
      assertThat(GithubCommands.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    }

    @Test
    void annotatesTheLineAndHidesInfoUnlessVerbose() {
      Finding info =
          Finding.of(FindingKind.BLIND_SPOT)
              .message("dynamic SQL")
              .at(Location.of(Path.of("ext/x--1.0.sql"), 2))
              .build();
      String out = Formats.render(Format.github, run(missing(3), info), options());
      assertThat(out.lines().toList())
          .first()
          .asString()
          .startsWith(
              "::error file=ext/x--1.0--1.1.sql,line=3,col=1,title=missing-object function"
                  + " f(integer)::function f(integer) is missing after upgrade 1.0 -> 1.1"
                  + " (x--1.1.sql:3)%0Afix:%0ACREATE FUNCTION");
      assertThat(out).doesNotContain("::notice");
      Formats.Options verbose =
          new Formats.Options(true, Ansi.OFF, ROOT, "ext/x.control", Severity.ERROR);
      assertThat(Formats.render(Format.github, run(missing(3), info), verbose))
          .contains("::notice file=ext/x--1.0.sql,line=2,title=blind-spot::dynamic SQL");
    }
  }

  @Nested
  class Junit {
    @Test
    void aPathWithAnErrorFailsAndMarkupIsEscaped() throws Exception {
      Finding lt = missing(3).withMessage("a < b & \"c\" \u0001 fails");
      Document doc = Schemas.junit(Formats.render(Format.junit, run(lt), options()));
      assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(1);
      assertThat(
              doc.getElementsByTagName("failure")
                  .item(0)
                  .getAttributes()
                  .getNamedItem("message")
                  .getNodeValue())
          .isEqualTo("a < b & \"c\" \\x01 fails");
    }

    @Test
    void warningsBelowFailOnPassWithTheirFindingsInSystemOut() throws Exception {
      Finding w = missing(3).withSeverity(Severity.WARNING);
      Document doc = Schemas.junit(Formats.render(Format.junit, run(w), options()));
      assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
      assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent())
          .startsWith("warning missing-object: function f(integer)");
    }

    @Test
    void aFindingOnSeveralPathsFailsEachAndIsWrittenInFullOnce() throws Exception {
      VersionPair older = new VersionPair("0.9", "1.1", List.of("0.9", "1.0", "1.1"));
      Finding f = missing(3).withAffects(List.of("0.9 -> 1.1", "1.0 -> 1.1"));
      Run r = Run.of(null, new FindingReport("check", "x", List.of(older, PAIR), List.of(f)));
      Document doc = Schemas.junit(Formats.render(Format.junit, r, options()));
      assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
      assertThat(doc.getElementsByTagName("failure").item(0).getTextContent())
          .contains("(in full under upgrade 1.0 -> 1.1)")
          .doesNotContain("CREATE FUNCTION");
      assertThat(doc.getElementsByTagName("failure").item(1).getTextContent())
          .contains("CREATE FUNCTION");
    }

    @Test
    void oneTestsuitePerPostgresMajor() throws Exception {
      FindingReport clean = new FindingReport("verify", "x", List.of(PAIR), List.of());
      FindingReport bad = new FindingReport("verify", "x", List.of(PAIR), List.of(missing(3)));
      Run r = new Run("verify", "x", List.of(new Run.Section(17, clean), new Run.Section(18, bad)));
      Document doc = Schemas.junit(Formats.render(Format.junit, r, options()));
      assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
      assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
      assertThat(
              ((org.w3c.dom.Element) doc.getElementsByTagName("testsuite").item(1))
                  .getAttribute("name"))
          .isEqualTo("extupgrade verify x on PostgreSQL 18");
    }
  }

  @Nested
  class Markdown {
    @Test
    void capsTheTableAndSaysHowManyMore() {
      List<Finding> many =
          java.util.stream.IntStream.range(0, MarkdownSummary.MAX_SCRIPTS + 3)
              .mapToObj(i -> missing(1).withWhere(Location.of(Path.of("ext/x--" + i + ".sql"))))
              .toList();
      String md = Formats.render(Format.markdown, run(many.toArray(Finding[]::new)), options());
      assertThat(md.lines().filter(l -> l.startsWith("| `ext/")))
          .hasSize(MarkdownSummary.MAX_SCRIPTS);
      assertThat(md)
          .contains("and 3 more scripts")
          .contains("<details><summary>13 findings in full</summary>");
    }

    @Test
    void aSeveralMajorRunNamesTheMajorsWithFindings() {
      FindingReport clean = new FindingReport("verify", "x", List.of(PAIR), List.of());
      FindingReport bad = new FindingReport("verify", "x", List.of(PAIR), List.of(missing(3)));
      Run r = new Run("verify", "x", List.of(new Run.Section(17, clean), new Run.Section(18, bad)));
      assertThat(Formats.render(Format.markdown, r, options()))
          .contains("PostgreSQL majors with findings: 18.")
          .contains("[PostgreSQL 18 only]");
    }
  }

  @Nested
  class Colour {
    @Test
    void isOnOnlyOnATerminalWithoutNoColorOrCi() {
      assertThat(Ansi.forTerminal(true, Map.of()).on()).isTrue();
      assertThat(Ansi.forTerminal(false, Map.of()).on()).isFalse();
      assertThat(Ansi.forTerminal(true, Map.of("NO_COLOR", "1")).on()).isFalse();
      assertThat(Ansi.forTerminal(true, Map.of("NO_COLOR", "")).on()).isTrue();
      assertThat(Ansi.forTerminal(true, Map.of("CI", "true")).on()).isFalse();
      assertThat(Ansi.forTerminal(true, Map.of("TERM", "dumb")).on()).isFalse();
    }

    @Test
    void colouredTextIsThePlainTextWithEscapesAdded() {
      Formats.Options on = options().withAnsi(Ansi.ON);
      String coloured = Formats.render(Format.text, run(missing(3)), on);
      String plain = Formats.render(Format.text, run(missing(3)), options());
      assertThat(coloured).contains("\u001b[1;31merror\u001b[0m").isNotEqualTo(plain);
      assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }
  }
}
