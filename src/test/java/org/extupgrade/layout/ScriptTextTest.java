package org.extupgrade.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.extupgrade.model.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptTextTest {
  @Test
  void decodesWithTheControlFilesEncoding() {
    Extension ext = Fixtures.load("encoding_latin1");
    assertThat(ScriptText.read(ext, ext.installScript("1.0").orElseThrow())).contains("café");
  }

  @Test
  void namesTheByteOffsetOfAnInvalidUtf8Sequence(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.control"), "default_version = '1.0'\n");
    Files.write(dir.resolve("bad--1.0.sql"), new byte[] {'S', 'E', 'L', (byte) 0xC3, '(', ';'});
    Extension ext = ExtensionLoader.load(dir, null, List.of());
    assertThatThrownBy(() -> ScriptText.read(ext, ext.installScripts().get(0)))
        .isInstanceOf(UserError.class)
        .hasMessage("invalid byte sequence for encoding \"UTF8\" at byte offset 3: 0xc3");
  }

  @Test
  void usesTheSecondaryControlFilesEncodingForItsVersion(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("enc.control"), "default_version = '1.1'\n");
    Files.writeString(dir.resolve("enc--1.1.control"), "encoding = 'LATIN1'\n");
    Files.write(dir.resolve("enc--1.1.sql"), new byte[] {'-', '-', (byte) 0xE9, '\n'});
    Extension ext = ExtensionLoader.load(dir, null, List.of());
    assertThat(ScriptText.read(ext, ext.installScripts().get(0))).isEqualTo("--é\n");
  }

  @Test
  void saysWhenJavaCannotDecodeTheEncoding(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("l6.control"), "default_version = '1.0'\nencoding = 'LATIN6'\n");
    Files.writeString(dir.resolve("l6--1.0.sql"), "SELECT 1;\n");
    Extension ext = ExtensionLoader.load(dir, null, List.of());
    assertThatThrownBy(() -> ScriptText.read(ext, ext.installScripts().get(0)))
        .isInstanceOf(UserError.class)
        .satisfies(
            e -> assertThat(((UserError) e).oneLine()).contains("l6.control:2").contains("LATIN6"));
  }

  @Test
  void takesSqlAsciiBytesAsTheyAre(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("sa.control"), "default_version = '1.0'\nencoding = 'SQL_ASCII'\n");
    Files.write(dir.resolve("sa--1.0.sql"), new byte[] {'-', '-', (byte) 0xFF, '\n'});
    Extension ext = ExtensionLoader.load(dir, null, List.of());
    assertThat(ScriptText.read(ext, ext.installScripts().get(0))).hasSize(4);
  }
}
