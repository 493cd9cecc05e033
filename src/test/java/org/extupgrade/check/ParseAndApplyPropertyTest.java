package org.extupgrade.check;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.extupgrade.sql.Lexer;
import org.extupgrade.sql.Parser;
import org.extupgrade.sql.SqlSyntaxError;
import org.extupgrade.sql.Token;
import org.extupgrade.sql.stmt.Stmt;

/**
 * Mutated scripts (tokens of the parser goldens and fixtures deleted, duplicated, swapped, cut off,
 * or key words inserted) never make the parser or the chain application throw anything but a {@link
 * SqlSyntaxError}: unexpected shapes become Opaque statements or findings.
 */
class ParseAndApplyPropertyTest {
  private static final List<String> WORDS =
      List.of(
          "CREATE",
          "OR",
          "REPLACE",
          "FUNCTION",
          "TABLE",
          "ALTER",
          "DROP",
          "IF",
          "EXISTS",
          "(",
          ")",
          ",",
          ";",
          "ON",
          "TO",
          "AS",
          "$$",
          "'x'",
          "DO",
          "BEGIN",
          "END",
          "EXECUTE",
          "format",
          "TYPE",
          "ADD",
          "COLUMN",
          "@extschema@",
          ".",
          "RENAME",
          "SET",
          "SCHEMA",
          "INDEX",
          "TRIGGER",
          "VALUE",
          "RETURNS",
          "SETOF",
          "[]");

  private static List<List<String>> corpus() {
    List<List<String>> out = new ArrayList<>();
    try (Stream<Path> s =
        Stream.concat(
            Files.walk(Path.of("src/test/resources/sql/parser")), Files.walk(Fixtures.ROOT))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".sql")).sorted().toList()) {
        out.add(Lexer.lex(p, Files.readString(p)).stream().map(Token::text).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream().filter(l -> !l.isEmpty()).toList();
  }

  private static final List<List<String>> CORPUS = corpus();

  @Provide
  Arbitrary<String> mutatedScripts() {
    return Arbitraries.integers()
        .between(0, CORPUS.size() - 1)
        .flatMap(
            i ->
                Arbitraries.integers()
                    .between(0, 1_000)
                    .tuple3()
                    .list()
                    .ofMaxSize(12)
                    .map(ops -> mutate(CORPUS.get(i), ops)));
  }

  private static String mutate(
      List<String> tokens, List<Tuple.Tuple3<Integer, Integer, Integer>> ops) {
    List<String> t = new ArrayList<>(tokens);
    for (var op : ops) {
      if (t.isEmpty()) break;
      int at = op.get2() % t.size();
      switch (op.get1() % 5) {
        case 0 -> t.remove(at);
        case 1 -> t.add(at, t.get(at));
        case 2 -> t.add(at, WORDS.get(op.get3() % WORDS.size()));
        case 3 -> t.subList(at, t.size()).clear();
        default -> {
          int other = op.get3() % t.size();
          String x = t.get(at);
          t.set(at, t.get(other));
          t.set(other, x);
        }
      }
    }
    return String.join(" ", t);
  }

  @Property(tries = 400)
  void aMutatedScriptParsesAndAppliesWithoutAnInternalError(
      @ForAll("mutatedScripts") String script) {
    assertThatCode(
            () -> {
              try {
                List<Stmt> stmts = Parser.parse(Path.of("m.sql"), script);
                SchemaState st = new SchemaState();
                new Applier(st, new Steps("", "1", true)).applyAll(stmts);
                new Applier(st.copy(), new Steps("0", "1", false)).applyAll(stmts);
                new Comparer(
                        "0",
                        "1",
                        org.extupgrade.model.Location.of(Path.of("m.sql")),
                        List.of(
                            new org.extupgrade.sql.stmt.DoBlock.BlindSpot(
                                org.extupgrade.model.Location.of(Path.of("m.sql")), "x")),
                        java.util.Set.of())
                    .compare(st, new SchemaState());
              } catch (SqlSyntaxError e) {
                // a parse problem is an allowed outcome
              }
            })
        .doesNotThrowAnyException();
  }
}
