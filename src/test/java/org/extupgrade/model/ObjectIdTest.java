package org.extupgrade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ObjectId}'s written-out methods give what they replace: the order of the joined argument
 * lists, and the record's own equality and hash (map iteration orders stay what they were).
 */
class ObjectIdTest {
  @Property(tries = 3000)
  void ordersArgumentsAsTheirJoinedText(
      @ForAll("args") List<String> a, @ForAll("args") List<String> b) {
    ObjectId x = new ObjectId(ObjectKind.FUNCTION, "s", "f", a);
    ObjectId y = new ObjectId(ObjectKind.FUNCTION, "s", "f", b);
    assertThat(Integer.signum(x.compareTo(y)))
        .isEqualTo(Integer.signum(String.join(",", a).compareTo(String.join(",", b))));
  }

  @Property(tries = 1000)
  void equalsAndHashAsARecord(@ForAll("args") List<String> a, @ForAll("args") List<String> b) {
    ObjectId x = new ObjectId(ObjectKind.FUNCTION, "s", "f", a);
    ObjectId y = new ObjectId(ObjectKind.FUNCTION, "s", "f", b);
    assertThat(x.equals(y)).isEqualTo(a.equals(b));
    int record = 0;
    for (Object c : new Object[] {x.kind(), x.schema(), x.name(), x.args()})
      record = record * 31 + Objects.hashCode(c);
    assertThat(x.hashCode()).isEqualTo(record);
  }

  @Property(tries = 3000)
  void quotesWhatTheRegularExpressionDoesNotMatch(@ForAll("idents") String ident) {
    String expected =
        ident.matches("[a-z_][a-z0-9_$]*") ? ident : "\"" + ident.replace("\"", "\"\"") + "\"";
    assertThat(ObjectId.quote(ident)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> idents() {
    return Arbitraries.of("a", "z", "_", "0", "9", "$", "A", "\"", " ", "\u00e9", "-")
        .list()
        .ofMaxSize(5)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<List<String>> args() {
    return Arbitraries.of("", "a", "ab", "a,b", "b", ",", "int", "integer", "z")
        .list()
        .ofMaxSize(4);
  }
}
