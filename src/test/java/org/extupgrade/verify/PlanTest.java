package org.extupgrade.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTest {
  @Test
  void allPathsFindsTheChainAndTheDirectScript() {
    Map<String, Set<String>> edges = Map.of("1.0", Set.of("1.1", "1.2"), "1.1", Set.of("1.2"));
    assertThat(Plan.allPaths("1.0", "1.2", edges))
        .containsExactlyInAnyOrder(List.of("1.0", "1.2"), List.of("1.0", "1.1", "1.2"));
  }

  @Test
  void allPathsNeverRevisitsAVersion() {
    Map<String, Set<String>> edges = Map.of("a", Set.of("b"), "b", Set.of("a", "c"));
    assertThat(Plan.allPaths("a", "c", edges)).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void allPathsStopsAtTheCap() {
    // a complete graph on 8 versions has thousands of simple paths from v0 to v7
    Map<String, Set<String>> edges = new java.util.HashMap<>();
    for (int i = 0; i < 8; i++) {
      Set<String> out = new java.util.TreeSet<>();
      for (int j = 0; j < 8; j++) {
        if (i != j) {
          out.add("v" + j);
        }
      }
      edges.put("v" + i, out);
    }
    assertThat(Plan.allPaths("v0", "v7", edges)).hasSize(Plan.MAX_PATHS);
  }

  @Test
  void aScenarioWritesItsPathAsPostgreSqlDoes() {
    Scenario s = new Scenario(List.of("1.0", "1.1", "1.2"), true);
    assertThat(s.path()).isEqualTo("1.0--1.1--1.2");
    assertThat(s.from()).isEqualTo("1.0");
    assertThat(s.to()).isEqualTo("1.2");
  }
}
