package org.extupgrade.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {
  private static final SnapshotDiff.Scenario S =
      new SnapshotDiff.Scenario("1.0", "1.1", "1.0--1.1", null);

  private static Snapshot snapshot(CatalogObject... objects) {
    TreeMap<String, CatalogObject> m = new TreeMap<>();
    for (CatalogObject o : objects) {
      m.put(o.identity(), o);
    }
    return new Snapshot("e", 18, m);
  }

  private static CatalogObject obj(String id, String... kv) {
    TreeMap<String, String> f = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      f.put(kv[i], kv[i + 1]);
    }
    return new CatalogObject(id, f);
  }

  @Nested
  class WhenSnapshotsAreEqual {
    @Test
    void thereAreNoFindings() {
      Snapshot a = snapshot(obj("function public.f()", "body", "select 1", "volatility", "i"));
      Snapshot b = snapshot(obj("function public.f()", "volatility", "i", "body", "select 1"));
      assertThat(SnapshotDiff.diff(a, b, S)).isEmpty();
    }
  }

  @Nested
  class WhenObjectsDiffer {
    @Test
    void aMissingObjectIsAnErrorWithTheFreshDefinitionInTheDetail() {
      Snapshot fresh = snapshot(obj("function public.f()", "body", "select 1"));
      List<Finding> out = SnapshotDiff.diff(fresh, snapshot(), S);
      assertThat(out)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind().id()).isEqualTo("missing-object");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.object()).isEqualTo("function public.f()");
                assertThat(f.from()).isEqualTo("1.0");
                assertThat(f.detail()).contains("-  body: select 1");
              });
    }

    @Test
    void anObjectOnlyTheUpgradeHasIsExtra() {
      Snapshot up = snapshot(obj("function public.f(integer)"));
      assertThat(SnapshotDiff.diff(snapshot(), up, S))
          .extracting((Finding f) -> f.kind().id())
          .containsExactly("leftover-object");
    }

    @Test
    void eachAspectOfACommonObjectIsItsOwnFinding() {
      Snapshot fresh =
          snapshot(obj("function public.f()", "body", "select 1", "acl", "a=X/a", "comment", "c"));
      Snapshot up = snapshot(obj("function public.f()", "body", "select 2", "acl", "b=X/a"));
      assertThat(SnapshotDiff.diff(fresh, up, S))
          .extracting((Finding f) -> f.kind().id())
          .containsExactlyInAnyOrder("definition-drift", "privilege-drift", "comment-drift");
    }

    @Test
    void aMovedColumnIsAColumnOrderWarning() {
      Snapshot fresh = snapshot(obj("table column public.t.b", "position", "3", "type", "int"));
      Snapshot up = snapshot(obj("table column public.t.b", "position", "2", "type", "int"));
      assertThat(SnapshotDiff.diff(fresh, up, S))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind().id()).isEqualTo("column-order-drift");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
              });
    }

    @Test
    void aSqlBodyThatDiffersOnlyInLayoutIsNoFinding() {
      Snapshot fresh =
          snapshot(obj("function public.f()", "language", "sql", "body", "select 1\n  + 2"));
      Snapshot up =
          snapshot(obj("function public.f()", "language", "sql", "body", "  SELECT 1+2;\n"));
      assertThat(SnapshotDiff.diff(fresh, up, S)).isEmpty();
      Snapshot other =
          snapshot(obj("function public.f()", "language", "sql", "body", "select 1 + 3"));
      assertThat(SnapshotDiff.diff(fresh, other, S))
          .extracting((Finding f) -> f.kind().id())
          .containsExactly("definition-drift");
    }

    @Test
    void aBodyThatDiffersOnlyInCommentsIsInformational() {
      Snapshot fresh =
          snapshot(obj("function public.f()", "language", "plpgsql", "body", "begin -- a\nend"));
      Snapshot up =
          snapshot(obj("function public.f()", "language", "plpgsql", "body", "begin /* b */ end"));
      assertThat(SnapshotDiff.diff(fresh, up, S))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind().id()).isEqualTo("body-layout-drift");
                assertThat(f.severity()).isEqualTo(Severity.INFO);
              });
    }

    @Test
    void aChangedBodyIsShownAsAUnifiedDiffOfItsLines() {
      Snapshot fresh =
          snapshot(obj("view public.v", "definition", " SELECT a,\n    b\n   FROM t;"));
      Snapshot up = snapshot(obj("view public.v", "definition", " SELECT a\n   FROM t;"));
      String detail = SnapshotDiff.diff(fresh, up, S).get(0).detail();
      assertThat(detail)
          .startsWith("--- fresh\n+++ upgraded\n")
          .contains("-    |  SELECT a,\n-    |     b\n+    |  SELECT a\n     |    FROM t;");
    }
  }

  @Nested
  class TextAndJsonForms {
    @Test
    void areStableAndSortedByIdentityThenField() {
      Snapshot s =
          snapshot(
              obj("type public.b", "kind", "e", "labels", "'x'"),
              obj("function public.a()", "volatility", "v", "body", "l1\nl2"));
      assertThat(s.text())
          .isEqualTo(
              "function public.a()\n  body:\n    | l1\n    | l2\n  volatility: v\n"
                  + "type public.b\n  kind: e\n  labels: 'x'\n");
      assertThat(s.json())
          .isEqualTo(snapshot(s.objects().values().toArray(CatalogObject[]::new)).json());
      assertThat(s.json()).contains("\"function public.a()\" : {");
    }

    @Test
    void anObjectKeepsItsFirstValueWhenMerged() {
      CatalogObject o = obj("schema s", "owner", "a").with(Map.of("owner", "b", "acl", "x"));
      assertThat(o.fields())
          .containsExactlyEntriesOf(new TreeMap<>(Map.of("acl", "x", "owner", "a")));
    }
  }
}
