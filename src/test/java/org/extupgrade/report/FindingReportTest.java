package org.extupgrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.model.VersionPair;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Text and JSON rendering of findings: grouping by version pair, exact output. */
class FindingReportTest {
  private static final Finding MISSING =
      new Finding(
          Severity.ERROR,
          "missing-object",
          "function f(integer)",
          "1.0",
          "1.1",
          "function f(integer) is missing after upgrade 1.0 -> 1.1",
          Location.of(Path.of("x--1.0--1.1.sql")),
          "CREATE OR REPLACE FUNCTION f(a int)\nRETURNS int LANGUAGE sql AS 'SELECT a';",
          "");
  private static final Finding DUP =
      new Finding(
          Severity.ERROR,
          "duplicate-definition",
          "function g()",
          "",
          "1.1",
          "the full install script defines function g() twice",
          new Location(Path.of("x--1.1.sql"), 4, 1),
          "",
          "");
  private static final Finding NOTE =
      new Finding(
          Severity.INFO,
          "not-modeled",
          "",
          "",
          "",
          "not modeled: 1 statement, first at x--1.0.sql:2:1",
          new Location(Path.of("x--1.0.sql"), 2, 1),
          "",
          "x--1.0.sql:2:1 INSERT INTO T");

  private static final FindingReport REPORT =
      new FindingReport(
          "check",
          "x",
          List.of(
              new VersionPair("0.9", "1.1", List.of("0.9", "1.0", "1.1")),
              new VersionPair("1.0", "1.1", List.of("1.0", "1.1"))),
          List.of(NOTE, DUP, MISSING));

  @Nested
  class Text {
    private final FindingReport report =
        new FindingReport(
            REPORT.command(),
            REPORT.extension(),
            REPORT.pairs(),
            List.of(NOTE, DUP, MISSING.withAffects(List.of("0.9 -> 1.1", "1.0 -> 1.1"))));

    @Test
    void opensWithASummaryThenGroupsByTheScriptToEditAndCountsInfo() {
      assertThat(TextReport.render(report))
          .isEqualTo(
              """
          extupgrade check: x, 2 upgrades checked: 0 clean, 2 with errors or warnings
          2 scripts to look at (findings follow, grouped the same way):
            x--1.0--1.1.sql  1 error, 0 warnings, 0 info
            x--1.1.sql       1 error, 0 warnings, 0 info

          x--1.0--1.1.sql: 1 error, 0 warnings, 0 info
            error missing-object: function f(integer) is missing after upgrade 1.0 -> 1.1
              affects: 0.9 -> 1.1, 1.0 -> 1.1
              fix:
                CREATE OR REPLACE FUNCTION f(a int)
                RETURNS int LANGUAGE sql AS 'SELECT a';

          x--1.1.sql: 1 error, 0 warnings, 0 info
            error duplicate-definition: the full install script defines function g() twice
              at x--1.1.sql:4:1

          1 info (what could not be checked: dynamic SQL, unmodeled statements); --verbose shows them

          2 errors, 0 warnings, 1 info
          """);
    }

    @Test
    void aFileNameWithALineBreakCannotForgeALine() {
      Finding forged =
          MISSING.withWhere(
              new Location(Path.of("x--1.0--1.1.sql\nerror fake-kind: all is well"), 3, 1));
      String text =
          TextReport.render(new FindingReport("check", "x", REPORT.pairs(), List.of(forged)));
      assertThat(text.lines()).noneMatch(l -> l.startsWith("error fake-kind"));
      assertThat(text).contains("x--1.0--1.1.sql\\nerror fake-kind: all is well");
    }

    @Test
    void verboseShowsInfoFindings() {
      assertThat(TextReport.render(report, true))
          .contains(
              """
          x--1.0.sql: 0 errors, 0 warnings, 1 info
            info not-modeled: not modeled: 1 statement, first at x--1.0.sql:2:1
              at x--1.0.sql:2:1
              x--1.0.sql:2:1 INSERT INTO T
          """)
          .doesNotContain("--verbose shows them");
    }
  }

  @Nested
  class Json {
    @Test
    void rendersEveryFieldInAFixedOrder() {
      String json =
          JsonReport.render(
              new FindingReport(
                  "check",
                  "x",
                  List.of(new VersionPair("1.0", "1.1", List.of("1.0", "1.1"))),
                  List.of(MISSING)));
      assertThat(json)
          .isEqualTo(
              """
          {
            "format" : 2,
            "command" : "check",
            "extension" : "x",
            "summary" : {
              "error" : 1,
              "warning" : 0,
              "info" : 0
            },
            "notes" : [ ],
            "upgrades" : [ {
              "from" : "1.0",
              "to" : "1.1",
              "path" : [ "1.0", "1.1" ],
              "status" : "findings"
            } ],
            "groups" : [ {
              "from" : "1.0",
              "to" : "1.1",
              "path" : [ "1.0", "1.1" ],
              "findings" : [ {
                "severity" : "error",
                "kind" : "missing-object",
                "object" : "function f(integer)",
                "from" : "1.0",
                "to" : "1.1",
                "message" : "function f(integer) is missing after upgrade 1.0 -> 1.1",
                "where" : {
                  "file" : "x--1.0--1.1.sql",
                  "line" : 0,
                  "column" : 0
                },
                "suggestion" : "CREATE OR REPLACE FUNCTION f(a int)\\nRETURNS int LANGUAGE sql AS 'SELECT a';",
                "detail" : "",
                "affects" : [ ]
              } ]
            } ]
          }
          """);
    }
  }
}
