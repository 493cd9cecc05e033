package org.extupgrade.model;

import java.util.Locale;

/** The kinds of database objects an extension script creates, as PostgreSQL names them. */
public enum ObjectKind {
  SCHEMA,
  TABLE,
  VIEW,
  MATERIALIZED_VIEW,
  INDEX,
  SEQUENCE,
  TYPE,
  FUNCTION,
  PROCEDURE,
  AGGREGATE,
  CAST,
  OPERATOR,
  OPERATOR_CLASS,
  OPERATOR_FAMILY,
  TRIGGER,
  EVENT_TRIGGER,
  POLICY,
  RULE;

  /** The words PostgreSQL uses in DDL and messages: {@code materialized view}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Functions, procedures and aggregates: identified by name and argument types. */
  public boolean isRoutine() {
    return this == FUNCTION || this == PROCEDURE || this == AGGREGATE;
  }

  /** Triggers, policies and rules: named per table, the table is their only argument. */
  public boolean isTableScoped() {
    return this == TRIGGER || this == POLICY || this == RULE;
  }
}
