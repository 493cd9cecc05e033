package org.extupgrade.sql.stmt;

import java.util.List;

/** {@code CREATE TYPE t AS ENUM (...)}: the labels in order. */
public record EnumDef(List<String> labels) implements Definition {
  public EnumDef {
    labels = List.copyOf(labels);
  }
}
