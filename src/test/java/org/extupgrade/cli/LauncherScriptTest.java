package org.extupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 item 13: the launcher with HOME and JAVA_HOME unset (cron, env -i) finds a JDK. */
class LauncherScriptTest {

  private static String run(Path dir, String script) throws Exception {
    Process p =
        new ProcessBuilder("env", "-i", "PATH=/usr/local/bin:/usr/bin:/bin", "bash", "-c", script)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return "exit " + p.exitValue() + "\n" + out;
  }

  @Test
  void findJdkWorksWithoutHomeAndJavaHome() throws Exception {
    String out =
        run(Path.of("."), "set -euo pipefail; . scripts/find-jdk.sh; echo \"JAVA=$JAVA_HOME\"");
    assertThat(out).startsWith("exit 0\n").contains("JAVA=/").doesNotContain("unbound variable");
  }

  @Test
  void theLauncherGetsToJavaWithoutHomeAndJavaHome(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("scripts"));
    Files.createDirectories(dir.resolve("target"));
    Files.copy(
        Path.of("extupgrade"), dir.resolve("extupgrade"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(Path.of("scripts/find-jdk.sh"), dir.resolve("scripts/find-jdk.sh"));
    // a stand-in jar, newer than the (absent) sources, so the launcher runs java on it at once
    Files.writeString(dir.resolve("target/extupgrade.jar"), "not a jar");
    String out = run(dir, "./extupgrade --version");
    assertThat(out).doesNotContain("unbound variable").containsIgnoringCase("jarfile");
  }
}
