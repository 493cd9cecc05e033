package org.extupgrade.verify;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.cluster.Cluster;
import org.extupgrade.model.Finding;

/**
 * A script that ended its own session: it terminated it, crashed its server process (as a C
 * function can), or killed the server. The cluster is made usable again for the next scenario, and
 * the finding says what the server logged and whether it had to be restarted.
 */
final class Crash {
  private Crash() {}

  /**
   * @param log the server log's size before the scenario began ({@link Cluster#logSize})
   */
  static ScriptException recover(Cluster cluster, long log, ScriptException e) {
    boolean restarted = cluster.recover();
    List<String> detail = new ArrayList<>();
    if (!e.finding().detail().isEmpty()) detail.add(e.finding().detail());
    cluster.logSince(log).stream()
        .filter(
            l ->
                l.contains("terminated by signal")
                    || l.contains("exited with exit code")
                    || l.contains("PANIC:"))
        .limit(3)
        .forEach(l -> detail.add("server log: " + l.strip()));
    if (restarted) {
      detail.add(
          "the PostgreSQL server itself died during the script; it was restarted (crash recovery)"
              + " for the next scenario");
    }
    Finding f = e.finding().withDetail(String.join("\n", detail));
    return new ScriptException(f, e.getCause());
  }
}
