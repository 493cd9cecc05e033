package org.extupgrade.check;

import java.util.ArrayList;
import java.util.List;
import org.extupgrade.model.Finding;
import org.extupgrade.model.Location;
import org.extupgrade.model.Severity;
import org.extupgrade.sql.stmt.DoBlock;

/**
 * What applying statements reports: findings at a point of the chain and blind spots (unmodeled
 * statements are reported once per script by {@link Check}). {@code install} is true while a full
 * install script runs (its own problems are reported against the pair {@code "" -> version}).
 */
final class Steps {
  final String from;
  final String to;
  final boolean install;
  final List<Finding> findings = new ArrayList<>();
  final List<DoBlock.BlindSpot> blindSpots = new ArrayList<>();

  Steps(String from, String to, boolean install) {
    this.from = from;
    this.to = to;
    this.install = install;
  }

  void add(Severity s, String kind, String object, String message, Location at, String suggestion) {
    findings.add(new Finding(s, kind, object, from, to, message, at, suggestion, ""));
  }
}
