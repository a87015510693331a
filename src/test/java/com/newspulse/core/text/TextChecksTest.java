package com.newspulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextChecksTest {

  @Test
  void acceptsCleanTextWithTabsNewlinesAndSurrogatePairs() {
    assertThat(TextChecks.invalidCharacterReason("Line one\n\tLine two\r\nEmoji 😀 and Erdoğan"))
        .isEmpty();
    assertThat(TextChecks.invalidCharacterReason("")).isEmpty();
  }

  @Test
  void reportsNul() {
    assertThat(TextChecks.invalidCharacterReason("abc\u0000def"))
        .contains("NUL character U+0000 at offset 3");
  }

  @Test
  void reportsOtherControlCharacters() {
    assertThat(TextChecks.invalidCharacterReason("bell\u0007"))
        .contains("control character U+0007 at offset 4");
    assertThat(TextChecks.invalidCharacterReason("\u001Bx"))
        .contains("control character U+001B at offset 0");
  }

  @Test
  void reportsUnpairedSurrogates() {
    assertThat(TextChecks.invalidCharacterReason("ab\uD83Dc"))
        .contains("unpaired surrogate U+D83D at offset 2");
    assertThat(TextChecks.invalidCharacterReason("ab\uDE00"))
        .contains("unpaired surrogate U+DE00 at offset 2");
    assertThat(TextChecks.invalidCharacterReason("end\uD83D"))
        .contains("unpaired surrogate U+D83D at offset 3");
  }

  @Test
  void reportsReplacementCharacterAndNoncharacters() {
    assertThat(TextChecks.invalidCharacterReason("caf\uFFFD"))
        .contains("replacement character U+FFFD at offset 3");
    assertThat(TextChecks.invalidCharacterReason("x\uFFFE"))
        .contains("noncharacter U+FFFE at offset 1");
    assertThat(TextChecks.invalidCharacterReason("\uFFFF"))
        .contains("noncharacter U+FFFF at offset 0");
  }

  @Test
  void normalizesForDedup() {
    assertThat(
            TextChecks.normalizeForDedup(
                "  Ｎｖｉｄｉａ   Profits\u00A0Soar ", "Line one\n\n\tLine  TWO \u2003"))
        .isEqualTo("nvidia profits soar\nline one line two");
    assertThat(TextChecks.normalizeForDedup("ﬁnal", "")).isEqualTo("final\n");
    assertThat(TextChecks.normalizeForDedup(null, null)).isEqualTo("\n");
  }
}
