package org.extupgrade.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How long each scenario took: the time of its runs summed over the clusters they ran on (runs of
 * different scenarios overlap on several clusters, so the sum may exceed the wall time).
 */
final class Timings {
  /** Catalog parity: the fresh installs, each script alone, the upgrades run whole. */
  static final String PARITY = "parity";

  private final Map<String, AtomicLongArray> spent = new ConcurrentHashMap<>();

  /** {@code task}, its time added to {@code scenario}'s. */
  <T> Workers.Task<T> timed(String scenario, Workers.Task<T> task) {
    return c -> {
      long start = System.nanoTime();
      try {
        return task.run(c);
      } finally {
        add(scenario, System.nanoTime() - start);
      }
    };
  }

  void add(String scenario, long nanos) {
    AtomicLongArray a = spent.computeIfAbsent(scenario, k -> new AtomicLongArray(2));
    a.addAndGet(0, nanos);
    a.incrementAndGet(1);
  }

  /** One line: each scenario's time and runs, parity first, then in {@link ScenarioKind} order. */
  String note() {
    List<String> order = new ArrayList<>(List.of(PARITY));
    for (ScenarioKind k : ScenarioKind.values()) order.add(k.cliName());
    List<String> parts = new ArrayList<>();
    for (String k : order) {
      AtomicLongArray a = spent.get(k);
      if (a == null) continue;
      parts.add(
          String.format(
              Locale.ROOT,
              "%s %.1f s (%d run%s)",
              k,
              a.get(0) / 1e9,
              a.get(1),
              a.get(1) == 1 ? "" : "s"));
    }
    return "scenario times (summed over clusters): " + String.join(", ", parts);
  }
}
