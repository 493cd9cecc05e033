package org.extupgrade.verify;

import java.util.List;
import java.util.Optional;
import org.extupgrade.layout.Extension;
import org.extupgrade.layout.Script;

/**
 * One way from an old version to the target: install {@code steps.get(0)}, then update. {@code
 * stepwise} scenarios run one {@code ALTER EXTENSION ... UPDATE TO} per step (an alternative path
 * PostgreSQL itself would not choose); the others run one {@code UPDATE TO target} and let
 * PostgreSQL pick its path, which is {@code steps}.
 */
public record Scenario(List<String> steps, boolean stepwise) {

  public Scenario {
    steps = List.copyOf(steps);
    if (steps.size() < 2) {
      throw new IllegalArgumentException("a scenario needs at least two versions: " + steps);
    }
  }

  public String from() {
    return steps.get(0);
  }

  public String to() {
    return steps.get(steps.size() - 1);
  }

  /** The path as PostgreSQL writes it: {@code 1.0--1.1--1.2}. */
  public String path() {
    return String.join("--", steps);
  }

  /** The script of the last step: the one to look at when the upgraded result differs. */
  public Optional<Script> lastScript(Extension ext) {
    return ext.updateScript(steps.get(steps.size() - 2), to());
  }
}
