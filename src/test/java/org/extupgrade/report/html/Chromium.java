package org.extupgrade.report.html;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's {@code chromium} package) for tests of the HTML report: loads a page,
 * runs its script, and returns the DOM and the console. Absent, a test is skipped, except under
 * {@code CI=true}, where it fails: CI installs chromium, so its absence there is a broken build.
 */
final class Chromium {
  private static final long TIMEOUT_SECONDS = 120;

  /** The DOM after the page's scripts ran, and the console messages it logged. */
  record Page(String dom, List<String> console, String stderr) {}

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** Chromium on the PATH, or the test is skipped (failed under {@code CI=true}). */
  static Chromium require() {
    Path found = find();
    if (found == null) {
      String why =
          "chromium is not installed (apt-get install -y chromium): the HTML report's browser test"
              + " cannot run";
      if ("true".equals(System.getenv("CI"))) fail(why + "; CI must install it (.ci/run)");
      Assumptions.abort(why);
    }
    return new Chromium(found);
  }

  private static @Nullable Path find() {
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) return p;
      }
    }
    return null;
  }

  /** Loads {@code page} and dumps its DOM; console messages come from Chromium's log on stderr. */
  Page load(Path page, Path work) throws IOException, InterruptedException {
    Path out = work.resolve("dom.html");
    Path err = work.resolve("stderr.txt");
    List<String> cmd =
        List.of(
            binary.toString(),
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--user-data-dir=" + work.resolve("profile"),
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            page.toUri().toString());
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + Files.readString(err));
    }
    String stderr = Files.readString(err);
    if (p.exitValue() != 0) fail("chromium exited with " + p.exitValue() + ":\n" + stderr);
    List<String> console = new ArrayList<>();
    // Chromium logs every console message and uncaught error as "...:CONSOLE(line)] "text"".
    for (String line : stderr.lines().toList()) if (line.contains(":CONSOLE")) console.add(line);
    return new Page(Files.readString(out), console, stderr);
  }
}
