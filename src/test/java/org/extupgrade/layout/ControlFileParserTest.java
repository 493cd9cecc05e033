package org.extupgrade.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlFileParserTest {
  @TempDir Path tmp;

  private ControlFile parse(String text) throws IOException {
    Path f = tmp.resolve("ext.control");
    Files.writeString(f, text, StandardCharsets.ISO_8859_1);
    return ControlFileParser.parsePrimary(f, "ext");
  }

  private UserError error(String text) {
    try {
      parse(text);
    } catch (UserError e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error for: " + text);
  }

  @Nested
  class Syntax {
    @Test
    void readsEveryKeyWithOrWithoutEqualsSign() throws IOException {
      ControlFile c =
          parse(
              """
              # a comment line
              comment = 'audit log'   # trailing comment
              default_version '1.2'
              module_pathname = '$libdir/ext'
              directory = sql
              encoding = 'UTF-8'
              requires = 'plpgsql, "Other Ext"'
              no_relocate = 'plpgsql'
              superuser = false
              trusted = yes
              relocatable = off
              schema = audit
              """);
      assertThat(c.comment()).isEqualTo("audit log");
      assertThat(c.defaultVersion()).isEqualTo("1.2");
      assertThat(c.modulePathname()).isEqualTo("$libdir/ext");
      assertThat(c.directory()).isEqualTo("sql");
      assertThat(c.encoding()).isEqualTo("UTF8");
      assertThat(c.requires()).containsExactly("plpgsql", "Other Ext");
      assertThat(c.noRelocate()).containsExactly("plpgsql");
      assertThat(c.superuser()).isFalse();
      assertThat(c.trusted()).isTrue();
      assertThat(c.relocatable()).isFalse();
      assertThat(c.schema()).isEqualTo("audit");
      assertThat(c.where("schema").line()).isEqualTo(12);
    }

    @Test
    void appliesPostgresDefaultsForKeysNotSet() throws IOException {
      ControlFile c = parse("default_version = '1.0'\n");
      assertThat(c.superuser()).isTrue();
      assertThat(c.trusted()).isFalse();
      assertThat(c.relocatable()).isFalse();
      assertThat(c.schema()).isNull();
      assertThat(c.requires()).isEmpty();
    }

    @Test
    void unquotesDoubledQuotesAndBackslashEscapes() throws IOException {
      assertThat(parse("comment = 'it''s a \\'test\\' \\t tab \\101\\n'").comment())
          .isEqualTo("it's a 'test' \t tab A\n");
    }

    @Test
    void acceptsNumbersAndUnquotedPathsAsValues() throws IOException {
      assertThat(parse("default_version = 1.0").defaultVersion()).isEqualTo("1.0");
      assertThat(parse("default_version = 2").defaultVersion()).isEqualTo("2");
      assertThat(parse("directory = extension/my_ext").directory()).isEqualTo("extension/my_ext");
    }

    @Test
    void readsCrlfLinesAndALastLineWithoutNewline() throws IOException {
      ControlFile c = parse("comment='x'\r\ndefault_version='1.0'\r\nrelocatable=true");
      assertThat(c.defaultVersion()).isEqualTo("1.0");
      assertThat(c.relocatable()).isTrue();
      assertThat(c.where("relocatable").line()).isEqualTo(3);
    }

    @Test
    void keepsTheLastValueOfARepeatedKey() throws IOException {
      assertThat(parse("comment = 'a'\ncomment = 'b'\n").comment()).isEqualTo("b");
    }

    @Test
    void rejectsAnUnquotedDottedVersionAsPostgresDoes() {
      UserError e = error("comment = 'x'\ndefault_version = 1.0.1\n");
      assertThat(e.location().line()).isEqualTo(2);
      assertThat(e.getMessage()).contains("syntax error").contains("\".1\"");
    }

    @Test
    void rejectsAKeyWithoutValue() {
      UserError e = error("comment = 'x'\n\nrelocatable =\n");
      assertThat(e.location().line()).isEqualTo(3);
      assertThat(e.getMessage()).contains("near end of line");
    }

    @Test
    void rejectsAnUnterminatedString() {
      assertThat(error("comment = 'oops\n").getMessage()).contains("syntax error");
    }

    @Test
    void followsIncludeDirectivesRelativeToTheFile() throws IOException {
      Files.writeString(tmp.resolve("common.inc"), "comment = 'shared'\n");
      ControlFile c =
          parse("include 'common.inc'\ninclude_if_exists 'absent.inc'\ndefault_version = '1'\n");
      assertThat(c.comment()).isEqualTo("shared");
    }
  }

  @Nested
  class Errors {
    @Test
    void namesAnUnknownKeyWithItsLine() {
      UserError e = error("default_version = '1.0'\nversoin = '1.0'\n");
      assertThat(e.oneLine())
          .contains("ext.control:2")
          .contains("unrecognized parameter \"versoin\"");
    }

    @Test
    void treatsKeysCaseSensitivelyLikeStrcmp() {
      assertThat(error("Comment = 'x'").getMessage())
          .contains("unrecognized parameter \"Comment\"");
    }

    @Test
    void rejectsABadBooleanWithItsLine() {
      UserError e = error("default_version = '1.0'\nrelocatable = maybe\n");
      assertThat(e.location().line()).isEqualTo(2);
      assertThat(e.getMessage()).contains("\"relocatable\" requires a Boolean value");
    }

    @Test
    void rejectsSchemaWithRelocatable() {
      assertThat(error("schema = 's'\nrelocatable = true\n").getMessage())
          .isEqualTo("parameter \"schema\" cannot be specified when \"relocatable\" is true");
    }

    @Test
    void rejectsAnUnknownEncoding() {
      assertThat(error("encoding = 'klingon'").getMessage()).contains("not a valid encoding name");
    }

    @Test
    void rejectsAClientOnlyEncoding() {
      assertThat(error("encoding = 'SJIS'").getMessage()).contains("not a valid encoding name");
    }

    @Test
    void rejectsAMalformedRequiresList() {
      assertThat(error("requires = 'a,,b'").getMessage())
          .contains("must be a list of extension names");
    }

    @Test
    void forbidsDirectoryAndDefaultVersionInASecondaryFile() throws IOException {
      ControlFile primary = parse("default_version = '1.0'");
      Path aux = tmp.resolve("ext--1.0.control");
      Files.writeString(aux, "comment = 'ok'\ndirectory = 'x'\n");
      assertThatThrownBy(() -> ControlFileParser.parseSecondary(primary, aux))
          .isInstanceOf(UserError.class)
          .hasMessageContaining("cannot be set in a secondary extension control file")
          .satisfies(e -> assertThat(((UserError) e).location().line()).isEqualTo(2));
    }
  }

  @Nested
  class Values {
    @ParameterizedTest
    @CsvSource({
      "on,true",
      "ON,true",
      "of,false",
      "off,false",
      "t,true",
      "TRU,true",
      "true,true",
      "f,false",
      "fals,false",
      "y,true",
      "yes,true",
      "n,false",
      "no,false",
      "1,true",
      "0,false"
    })
    void parsesBooleansAsParseBool(String text, boolean expected) {
      assertThat(PgValues.parseBool(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"o", "truex", "10", "' true'", "2", "maybe", "''"})
    void rejectsWhatParseBoolRejects(String text) {
      assertThat(PgValues.parseBool(text)).isEmpty();
    }

    @Test
    void splitsIdentifierListsLikeSplitIdentifierString() {
      assertThat(PgValues.splitIdentifiers(" Foo , \"Bar\"\"s\" ,baz "))
          .contains(List.of("foo", "Bar\"s", "baz"));
      assertThat(PgValues.splitIdentifiers("   ")).contains(List.of());
      assertThat(PgValues.splitIdentifiers("a b")).isEmpty();
      assertThat(PgValues.splitIdentifiers("a,")).isEmpty();
      assertThat(PgValues.splitIdentifiers("\"open")).isEmpty();
    }

    @Test
    void secondaryFileOverridesThePrimary() throws IOException {
      ControlFile primary = parse("default_version = '1.0'\nrelocatable = true\ncomment = 'p'\n");
      Path aux = tmp.resolve("ext--1.1.control");
      Files.writeString(aux, "relocatable = false\nschema = 's'\n");
      ControlFile merged = ControlFileParser.parseSecondary(primary, aux);
      assertThat(merged.relocatable()).isFalse();
      assertThat(merged.schema()).isEqualTo("s");
      assertThat(merged.comment()).isEqualTo("p");
      assertThat(merged.defaultVersion()).isEqualTo("1.0");
    }
  }
}
