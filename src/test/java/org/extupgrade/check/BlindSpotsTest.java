package org.extupgrade.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.extupgrade.model.Location;
import org.extupgrade.model.ObjectId;
import org.extupgrade.model.ObjectKind;
import org.extupgrade.sql.stmt.DoBlock;
import org.junit.jupiter.api.Test;

class BlindSpotsTest {
  private static final Location AT = Location.of(Path.of("x.sql"));

  private static DoBlock.BlindSpot spot(String sketch) {
    return new DoBlock.BlindSpot(AT, "EXECUTE ...", sketch);
  }

  private static ObjectId table(String name) {
    return ObjectId.of(ObjectKind.TABLE, "fx", name);
  }

  @Test
  void aTemplateNamingOneTableTouchesOnlyThatTable() {
    DoBlock.BlindSpot b = spot("alter table fx.job drop constraint %");
    assertThat(BlindSpots.touches(b, table("job"), "fx")).isTrue();
    assertThat(BlindSpots.touches(b, table("run"), "fx")).isFalse();
    assertThat(BlindSpots.touches(b, ObjectId.of(ObjectKind.FUNCTION, "fx", "job"), "fx"))
        .isFalse();
  }

  @Test
  void aBuiltNameTouchesEveryNameOfItsPattern() {
    DoBlock.BlindSpot b = spot("alter table %.changes_% rename to changes_%");
    assertThat(BlindSpots.touches(b, table("changes_42"), "fx")).isTrue();
    assertThat(BlindSpots.touches(b, table("job"), "fx")).isFalse();
  }

  @Test
  void anotherLiteralSchemaIsNotTheExtensionsOwn() {
    DoBlock.BlindSpot b = spot("alter table pgtrickle_changes.% add column x text");
    assertThat(
            BlindSpots.touches(b, ObjectId.of(ObjectKind.TABLE, ObjectId.EXTSCHEMA, "job"), "fx"))
        .isFalse();
  }

  @Test
  void emptyParenthesesReachOnlyRoutinesWithoutArguments() {
    DoBlock.BlindSpot b = spot("alter function fx.%() rename to %");
    assertThat(BlindSpots.touches(b, new ObjectId(ObjectKind.FUNCTION, "fx", "f", List.of()), "fx"))
        .isTrue();
    assertThat(
            BlindSpots.touches(
                b, new ObjectId(ObjectKind.FUNCTION, "fx", "f", List.of("integer")), "fx"))
        .isFalse();
  }

  @Test
  void withoutASketchTheNameOrKindInTheTextCounts() {
    DoBlock.BlindSpot b = new DoBlock.BlindSpot(AT, "EXECUTE 'DROP TABLE ' || t");
    assertThat(BlindSpots.touches(b, table("anything"), "fx")).isTrue();
  }

  @Test
  void aSketchThatOnlyDropsAConstraintIsToldApart() {
    assertThat(BlindSpots.constraintsOnly(spot("alter table fx.job drop constraint %"))).isTrue();
    assertThat(BlindSpots.constraintsOnly(spot("alter table fx.job drop column %"))).isFalse();
  }
}
