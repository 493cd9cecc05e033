package org.extupgrade.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rewriting alone, on text: {@code golden/forms.sql} must become {@code
 * golden/forms.stubbed.sql} exactly (regenerate with {@code -Dextupgrade.golden.update=true} after
 * reviewing the change).
 */
class StubRewriterTest {
  static final Path GOLDEN = Path.of("src/test/resources/stubs/golden");

  static StubRewriter.Result rewrite(Path file) throws IOException {
    String text = Files.readString(file);
    return StubRewriter.rewrite(file, text, StubRewriter.typeNeeds(Map.of(file, text)));
  }

  @Nested
  class Golden {
    @Test
    void formsBecomeExactlyTheReviewedStubs() throws IOException {
      Path expected = GOLDEN.resolve("forms.stubbed.sql");
      String got = rewrite(GOLDEN.resolve("forms.sql")).text();
      if (Boolean.getBoolean("extupgrade.golden.update")) {
        Files.writeString(expected, got, StandardCharsets.UTF_8);
      }
      assertThat(got).isEqualTo(Files.readString(expected));
    }

    @Test
    void everyLineKeepsItsNumberAndNonFunctionLinesKeepTheirBytes() throws IOException {
      List<String> before = Files.readAllLines(GOLDEN.resolve("forms.sql"));
      List<String> after = rewrite(GOLDEN.resolve("forms.sql")).text().lines().toList();
      assertThat(after).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        if (!before.get(i).contains("LANGUAGE c")
            && !before.get(i).toLowerCase(java.util.Locale.ROOT).contains("'c'")
            && !before.get(i).contains("\"C\"")
            && !before.get(i).contains("AS 'MODULE_PATHNAME',")
            && !before.get(i).contains("'split_as_impl'")) {
          assertThat(after.get(i)).as("line %d", i + 1).isEqualTo(before.get(i));
        }
      }
    }
  }

  @Nested
  class MalformedStatements {
    @Test
    void unclosedParenthesesAndMissingClausesAreLeftAsTheyAre() {
      Path f = Path.of("broken.sql");
      String text =
          "CREATE FUNCTION a(int RETURNS int LANGUAGE c AS 'm', 's';\n"
              + "CREATE FUNCTION b() RETURNS TABLE (x int LANGUAGE c AS 'm', 's';\n"
              + "CREATE FUNCTION c() RETURNS numeric(10 LANGUAGE c AS 'm', 's';\n"
              + "CREATE FUNCTION d() RETURNS int LANGUAGE c;\n"
              + "CREATE FUNCTION;\n"
              + "CREATE OR REPLACE;\n"
              + "CREATE TYPE e (INPUT = , , OUTPUT);\n"
              + "CREATE TYPE f (;\n";
      StubRewriter.Result r =
          StubRewriter.rewrite(f, text, StubRewriter.typeNeeds(Map.of(f, text)));
      assertThat(r.stubs()).isEmpty();
      assertThat(r.text()).isEqualTo(text);
    }
  }

  @Nested
  class Choices {
    private Stub stub(String name) throws IOException {
      return rewrite(GOLDEN.resolve("forms.sql")).stubs().stream()
          .filter(s -> s.function().equals(name))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void aSymbolDefaultsToTheFunctionName() throws IOException {
      assertThat(stub("defaulted_symbol").symbol()).isEqualTo("defaulted_symbol");
      assertThat(stub("split_as").symbol()).isEqualTo("split_as_impl");
      assertThat(stub("quoted_lang").library()).isEqualTo("$libdir/forms");
    }

    @Test
    void plpgsqlTakesEveryOrdinarySignature() throws IOException {
      for (String f :
          List.of("quoted_lang", "upper_lang", "split_as", "proc", "trg", "evt", "ts", "tags")) {
        assertThat(stub(f).kind()).as(f).isEqualTo(Stub.Kind.PLPGSQL);
      }
      assertThat(stub("split_as").body()).contains("RETURN;");
      assertThat(stub("upper_lang").body()).contains("RETURN;");
      assertThat(stub("quoted_lang").body()).contains("RETURN NULL;");
      assertThat(stub("trg").body()).contains("RETURN NEW;");
    }

    @Test
    void pseudoTypesPlpgsqlRejectsGetAFailingBuiltin() throws IOException {
      assertThat(stub("vr").kind()).isEqualTo(Stub.Kind.FAILING);
      assertThat(stub("lonely_out").kind()).isEqualTo(Stub.Kind.FAILING);
      assertThat(stub("lonely_out").body()).isEqualTo("internal_in");
    }

    @Test
    void handlersAndTypeIoGetABuiltinOfTheSameStorage() throws IOException {
      assertThat(stub("am_handler").body()).isEqualTo("gisthandler");
      assertThat(stub("small_in").body()).isEqualTo("int4in");
      assertThat(stub("small_out").body()).isEqualTo("int4out");
      assertThat(stub("dims_in").body()).isEqualTo("macaddr8_in");
      assertThat(stub("dims_typmod_in").body()).isEqualTo("varchartypmodin");
      assertThat(stub("dims_typmod_out").body()).isEqualTo("varchartypmodout");
    }

    @Test
    void anOverloadOfAnIoFunctionWithAnotherSignatureIsNotBoundToTheBuiltin() throws IOException {
      assertThat(rewrite(GOLDEN.resolve("forms.sql")).stubs())
          .filteredOn(s -> s.symbol().equals("small_out_padded"))
          .singleElement()
          .satisfies(s -> assertThat(s.kind()).isEqualTo(Stub.Kind.PLPGSQL));
    }

    @Test
    void aFunctionOverAShellTypeFailsWhenCalledAndPlpgsqlIsUsedOnceTheTypeIsDefined()
        throws IOException {
      assertThat(stub("later_make").kind()).isEqualTo(Stub.Kind.FAILING);
      assertThat(stub("later_in").body()).isEqualTo("byteain");
      assertThat(stub("later_len").kind()).isEqualTo(Stub.Kind.PLPGSQL);
      assertThat(stub("implicit_make").kind()).isEqualTo(Stub.Kind.FAILING);
      assertThat(stub("implicit_in").body()).isEqualTo("byteain");
    }

    @Test
    void aTypeOfUnmatchedStorageIsReportedAndItsIoFails() throws IOException {
      Path f = GOLDEN.resolve("forms.sql");
      String text = Files.readString(f);
      assertThat(StubRewriter.typeNeeds(Map.of(f, text)).unsupported()).containsOnlyKeys("odd");
      assertThat(stub("odd_in").kind()).isEqualTo(Stub.Kind.FAILING);
      assertThat(stub("odd_out").kind()).isEqualTo(Stub.Kind.FAILING);
    }

    @Test
    void nonCFunctionsAndStringsThatLookLikeCAreLeftAlone() throws IOException {
      assertThat(rewrite(GOLDEN.resolve("forms.sql")).stubs())
          .extracting(Stub::function)
          .doesNotContain("not_c");
    }
  }
}
