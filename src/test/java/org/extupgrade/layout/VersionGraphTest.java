package org.extupgrade.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VersionGraphTest {
  private static Script install(String v) {
    return new Script(Path.of("e--" + v + ".sql"), "e", null, v);
  }

  private static Script update(String a, String b) {
    return new Script(Path.of("e--" + a + "--" + b + ".sql"), "e", a, b);
  }

  @Nested
  class UpdatePaths {
    @Test
    void takesTheShortestPath() {
      VersionGraph g =
          new VersionGraph(
              List.of(install("1")), List.of(update("1", "2"), update("2", "3"), update("1", "3")));
      assertThat(g.updatePath("1", "3")).contains(List.of("1", "3"));
      assertThat(g.updatePath("2", "3")).contains(List.of("2", "3"));
      assertThat(g.updatePath("3", "1")).isEmpty();
      assertThat(g.updatePath("1", "1")).isEmpty();
      assertThat(g.updatePath("1", "nope")).isEmpty();
    }

    @Test
    void breaksTiesByStrcmpOfThePredecessorNotByVersionOrder() {
      // 1.10 sorts before 1.9 by strcmp although it is the newer release
      VersionGraph g =
          new VersionGraph(
              List.of(),
              List.of(
                  update("1.0", "1.9"),
                  update("1.0", "1.10"),
                  update("1.9", "2.0"),
                  update("1.10", "2.0")));
      assertThat(g.updatePath("1.0", "2.0")).contains(List.of("1.0", "1.10", "2.0"));
    }

    @Test
    void comparesNamesAsUtf8BytesLikeStrcmp() {
      assertThat(VersionGraph.strcmp("B", "a")).isNegative();
      assertThat(VersionGraph.strcmp("é", "z")).isPositive();
      assertThat(VersionGraph.strcmp("1.0", "1.0-beta")).isNegative();
    }

    @Test
    void followsCyclesWithoutLooping() {
      VersionGraph g =
          new VersionGraph(
              List.of(install("1")), List.of(update("1", "2"), update("2", "1"), update("2", "3")));
      assertThat(g.updatePath("2", "1")).contains(List.of("2", "1"));
      assertThat(g.updatePath("1", "3")).contains(List.of("1", "2", "3"));
      assertThat(g.reachableFrom("1")).containsExactly("1", "2", "3");
    }
  }

  @Nested
  class InstallPaths {
    @Test
    void installsAVersionWithItsOwnScriptDirectly() {
      VersionGraph g = new VersionGraph(List.of(install("1")), List.of(update("1", "2")));
      assertThat(g.installPath("1")).contains(List.of("1"));
      assertThat(g.installPath("2")).contains(List.of("1", "2"));
      assertThat(g.available()).containsExactly("1", "2");
    }

    @Test
    void doesNotPassThroughAnotherInstallableVersion() {
      // 3 is reachable from 1 only through the installable 2: PostgreSQL starts from 2
      VersionGraph g =
          new VersionGraph(
              List.of(install("1"), install("2")), List.of(update("1", "2"), update("2", "3")));
      assertThat(g.installPath("3")).contains(List.of("2", "3"));
      // 4 is reachable from 1 only through 2: with 2's path rejected, 1 cannot reach it but 2 can
      VersionGraph h =
          new VersionGraph(
              List.of(install("1"), install("2")),
              List.of(update("1", "2"), update("2", "4"), update("1", "5"), update("5", "4")));
      assertThat(h.installPath("4")).contains(List.of("2", "4"));
    }

    @Test
    void prefersTheStartThatSortsLastByStrcmpOnATie() {
      VersionGraph g =
          new VersionGraph(
              List.of(install("0.9a"), install("0.9b")),
              List.of(update("0.9a", "3"), update("0.9b", "3")));
      assertThat(g.installPath("3")).contains(List.of("0.9b", "3"));
    }

    @Test
    void listsOnlyVersionsPostgresCanInstall() {
      VersionGraph g =
          new VersionGraph(List.of(install("1")), List.of(update("0", "1"), update("1", "2")));
      assertThat(g.available()).containsExactly("1", "2");
      assertThat(g.installPath("0")).isEmpty();
    }
  }

  @Nested
  class AgreesWithPostgresTranscription {
    static java.util.stream.LongStream seeds() {
      return java.util.stream.LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void onRandomGraphsForEveryPairAndEveryInstallTarget(long seed) {
      Random r = new Random(seed);
      int n = 3 + r.nextInt(14);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        names.add(r.nextBoolean() ? "1." + r.nextInt(20) : (char) ('a' + r.nextInt(6)) + "" + i);
      }
      List<String> distinct = names.stream().distinct().toList();
      List<String[]> files = new ArrayList<>();
      List<Script> installs = new ArrayList<>();
      List<Script> updates = new ArrayList<>();
      for (String v : distinct) {
        if (r.nextInt(4) == 0) {
          files.add(new String[] {null, v});
          installs.add(install(v));
        }
      }
      int edges = r.nextInt(distinct.size() * 3 + 1);
      for (int i = 0; i < edges; i++) {
        String a = distinct.get(r.nextInt(distinct.size()));
        String b = distinct.get(r.nextInt(distinct.size()));
        if (files.stream().noneMatch(f -> a.equals(f[0]) && b.equals(f[1]))) {
          files.add(new String[] {a, b});
          updates.add(update(a, b));
        }
      }
      Collections.shuffle(files, r); // directory order is arbitrary
      PostgresPathSearch pg = new PostgresPathSearch(files);
      VersionGraph g = new VersionGraph(installs, updates);
      for (PostgresPathSearch.Evi a : pg.list) {
        VersionGraph.PathTree tree = g.pathsFrom(a.name);
        for (PostgresPathSearch.Evi b : pg.list) {
          if (a == b) {
            continue;
          }
          List<String> expected = pg.findUpdatePath(a, b, false);
          Optional<List<String>> want =
              Optional.ofNullable(expected)
                  .map(
                      p -> {
                        List<String> full = new ArrayList<>(p);
                        full.add(0, a.name);
                        return List.copyOf(full);
                      });
          assertThat(tree.to(b.name)).as(a.name + " -> " + b.name).isEqualTo(want);
          assertThat(g.updatePath(a.name, b.name)).isEqualTo(want);
        }
        List<String> best = new ArrayList<>();
        PostgresPathSearch.Evi start = pg.findInstallPath(a, best);
        Optional<List<String>> wantInstall =
            Optional.ofNullable(start)
                .map(
                    s -> {
                      List<String> full = new ArrayList<>(best);
                      full.add(0, s.name);
                      return List.copyOf(full);
                    });
        assertThat(g.installPath(a.name)).as("install " + a.name).isEqualTo(wantInstall);
      }
    }
  }
}
