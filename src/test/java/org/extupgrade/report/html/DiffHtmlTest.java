package org.extupgrade.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Details drawn as diffs: which texts are diffs, and the changed words marked. */
class DiffHtmlTest {
  private static String render(String text) {
    StringBuilder b = new StringBuilder();
    DiffHtml.render(b, text.lines().toList());
    return b.toString();
  }

  @Test
  void marksTheWordsThatDifferBetweenARemovedAndAnAddedLine() {
    assertThat(render("- returns integer strict\n+ returns bigint strict"))
        .isEqualTo(
            """
            <span class="del">- returns <mark>integer</mark> strict</span>
            <span class="add">+ returns <mark>bigint</mark> strict</span>
            """);
  }

  @Test
  void drawsAUnifiedDiffWithItsHeadersAndPairsAChangedLine() {
    assertThat(
            render(
                """
                --- fresh
                +++ upgraded
                @@ -1,2 +1,2 @@
                 function f()
                -  volatility: stable
                +  volatility: volatile
                """))
        .isEqualTo(
            """
            <span class="dh">--- fresh</span>
            <span class="dh">+++ upgraded</span>
            <span class="hunk">@@ -1,2 +1,2 @@</span>
            <span class="ctx"> function f()</span>
            <span class="del">-  volatility: <mark>stable</mark></span>
            <span class="add">+  volatility: <mark>volatile</mark></span>
            """);
  }

  @Test
  void aRemovalWithoutItsAdditionIsDrawnWhole() {
    assertThat(render("-a\n-b\n+c"))
        .isEqualTo(
            """
            <span class="del">-a</span>
            <span class="del">-b</span>
            <span class="add">+c</span>
            """);
  }

  @Test
  void anSqlCommentIsNoDiff() {
    assertThat(DiffHtml.isDiff(List.of("-- keep the old overload", "DROP FUNCTION f(int);")))
        .isFalse();
    assertThat(DiffHtml.isDiff(List.of("- a", "+ b"))).isTrue();
  }
}
