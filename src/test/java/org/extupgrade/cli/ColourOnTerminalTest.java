package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Colour is decided by the real terminal: the tool run in a pseudo-terminal ({@code script -qec},
 * util-linux) colours its text; with {@code NO_COLOR} or {@code CI}, or piped, it does not.
 */
class ColourOnTerminalTest {
  private static final String ESC = "\u001b[";

  private static String run(boolean pty, String... env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String cmd =
        "'" + java + "' -cp '" + cp + "' org.extupgrade.cli.Main check examples/shop_audit";
    List<String> args = new ArrayList<>(List.of("env", "-i", "PATH=/usr/bin:/bin", "TERM=xterm"));
    args.addAll(List.of(env));
    if (pty) args.addAll(List.of("script", "-qec", cmd, "/dev/null"));
    else args.addAll(List.of("bash", "-c", cmd + " | cat"));
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void textIsColouredInATerminalOnly() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")),
        "util-linux's script is not installed: no pseudo-terminal to test colour in");
    String tty = run(true);
    assertThat(tty)
        .contains("extupgrade check: shop_audit")
        .contains(ESC + "1;31merror" + ESC + "0m");
    assertThat(run(true, "NO_COLOR=1")).contains("extupgrade check").doesNotContain(ESC);
    assertThat(run(true, "CI=true")).contains("extupgrade check").doesNotContain(ESC);
    assertThat(run(false)).contains("extupgrade check").doesNotContain(ESC);
  }
}
