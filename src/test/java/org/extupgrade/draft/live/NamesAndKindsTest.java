package org.extupgrade.draft.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the live draft reads identities and writes names (no database). */
class NamesAndKindsTest {
  @Test
  void theDraftsOwnSchemaBecomesExtschemaWhereTheExtensionWritesIt() {
    Names n = Names.of(Names.OWN_SCHEMA, false, true);
    assertThat(n.objectName("function extupgrade_draft.f(extupgrade_draft.mood)", "function"))
        .isEqualTo("@extschema@.f(@extschema@.mood)");
    assertThat(n.name(" SET search_path TO 'extupgrade_draft', 'pg_temp'"))
        .isEqualTo(" SET search_path TO '@extschema@', 'pg_temp'");
    assertThat(n.name("select x.extupgrade_draft_y, extupgrade_drafts.z"))
        .isEqualTo("select x.extupgrade_draft_y, extupgrade_drafts.z");
  }

  @Test
  void otherwiseItIsLeftOutOrTheFixedSchemaIsKept() {
    Names plain = Names.of(Names.OWN_SCHEMA, false, false);
    assertThat(plain.name("DROP VIEW extupgrade_draft.v")).isEqualTo("DROP VIEW v");
    // a bare schema name there is PostgreSQL's substitution of @extschema@
    assertThat(plain.name("SET search_path TO 'extupgrade_draft'"))
        .isEqualTo("SET search_path TO '@extschema@'");
    assertThat(Names.of("fx", true, false).name("fx.t")).isEqualTo("fx.t");
    Names pub = Names.of("public", false, false);
    assertThat(pub.definition("CREATE INDEX i ON public.t USING btree (public.f(x))", " ON "))
        .isEqualTo("CREATE INDEX i ON t USING btree (public.f(x))");
  }

  @Test
  void aNamePgCatalogHasTooIsQualifiedLikeTheStaticDraftDoes() {
    Names n = Names.of(Names.OWN_SCHEMA, false, false).withBuiltins(java.util.Set.of("version"));
    assertThat(n.objectName("function extupgrade_draft.version()", "function"))
        .isEqualTo("@extschema@.version()");
    assertThat(n.objectName("function extupgrade_draft.mine()", "function")).isEqualTo("mine()");
  }

  @Test
  void identitiesSplitIntoTypeAndName() {
    assertThat(Kinds.type("table column s.t.c")).isEqualTo("table column");
    assertThat(Kinds.type("materialized view s.mv")).isEqualTo("materialized view");
    assertThat(Kinds.column("s.\"a.b\".c")).containsExactly("s.\"a.b\"", "c");
    assertThat(Kinds.drop("trigger", "trg on t")).isEqualTo("DROP TRIGGER IF EXISTS trg ON t;");
    assertThat(Kinds.drop("table constraint", "c on t"))
        .isEqualTo("ALTER TABLE t DROP CONSTRAINT IF EXISTS c;");
    assertThat(Kinds.drop("table column", "t.c"))
        .isEqualTo("ALTER TABLE t DROP COLUMN IF EXISTS c;");
    assertThat(Kinds.commentTarget("domain constraint", "c on d"))
        .isEqualTo("CONSTRAINT c ON DOMAIN d");
  }

  @Test
  void enumLabelsAreReadFromTheirLiterals() {
    assertThat(Types.literals("'a', 'it''s', 'c, d'")).containsExactly("a", "it's", "c, d");
  }
}
