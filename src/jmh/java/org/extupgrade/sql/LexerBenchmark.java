package org.extupgrade.sql;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the sql front end on a generated extension script (see {@link LexerScripts}), one
 * thread. Score is milliseconds per script; MB/s = {@link #megabytes} / (score / 1000). {@link
 * #lexSplitAndParse} is the whole front end that {@code check} runs on every script.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LexerBenchmark {
  private static final Path FILE = Path.of("generated--1.0.sql");

  /** Script size in MiB. */
  @Param({"8"})
  public int megabytes;

  String script = "";

  @Setup(Level.Trial)
  public void generate() {
    script = LexerScripts.generate(megabytes * 1024 * 1024, 42).text();
  }

  /** Lexing alone: the compact token list. */
  @Benchmark
  public List<Token> lex() {
    return Lexer.lex(FILE, script);
  }

  /** Lexing and splitting into statements, as the check command starts. */
  @Benchmark
  public List<RawStatement> lexAndSplit() {
    return Statements.split(Lexer.lex(FILE, script));
  }

  /** Lexing, splitting, and building every {@link Token} object, as a parser will. */
  @Benchmark
  public void lexSplitAndMaterialize(Blackhole bh) {
    for (RawStatement s : Statements.split(Lexer.lex(FILE, script))) {
      for (Token t : s.tokens()) {
        bh.consume(t);
      }
    }
  }

  /** The whole front end: lexing, splitting and parsing into typed statements. */
  @Benchmark
  public List<org.extupgrade.sql.stmt.Stmt> lexSplitAndParse() {
    return Parser.parse(FILE, script);
  }
}
