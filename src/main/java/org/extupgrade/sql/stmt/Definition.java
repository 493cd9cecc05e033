package org.extupgrade.sql.stmt;

/** What an object is, beyond its identity: compared between an upgraded and a fresh install. */
public sealed interface Definition permits RoutineDef, TableDef, EnumDef, GenericDef {}
