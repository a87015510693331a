package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternTriggersTest {

  @Test
  void literalsBetweenUnknownPartsBecomeRequiredSets() {
    PatternTriggers t = PatternTriggers.derive("\\b(ban|curb)s?\\s+exports?\\s+of\\s+chips?\\b");
    assertThat(t.sets())
        .containsExactly(Set.of("ban", "curb"), Set.of("export"), Set.of("of"), Set.of("chip"));
    assertThat(t.anchor()).isZero();
    assertThat(t.anchorLead()).isZero();
  }

  @Test
  void lookaroundsAndAnchorsRequireNothing() {
    PatternTriggers t =
        PatternTriggers.derive("\\bchips?\\b(?<!(?:blue[- ]|potato )chips?)(?!\\s+away)");
    assertThat(t.sets()).containsExactly(Set.of("chip"));
    assertThat(t.anchorLead()).isZero();
  }

  @Test
  void foldsCaseAndClassesOfListedChars() {
    assertThat(PatternTriggers.derive("\\bLICEN[CS]E Requirements?\\b").sets())
        .containsExactly(Set.of("licence requirement", "license requirement"));
  }

  @Test
  void optionalPartsAddToTheLeadOfWhatFollows() {
    PatternTriggers t = PatternTriggers.derive("\\b\\d{1,2}\\s?-?(nm|nanometre)\\b");
    assertThat(t.sets()).containsExactly(Set.of("nm", "nanometre"));
    // two digits (a code point may take two chars each), a space, a hyphen
    assertThat(t.anchorLead()).isEqualTo(7);
    assertThat(PatternTriggers.derive("(lay)?off").sets()).containsExactly(Set.of("off"));
  }

  @Test
  void unboundedPrefixMeansNoAnchorButStillASentenceFilter() {
    PatternTriggers t = PatternTriggers.derive("\\b\\d+\\s?(%|pct)\\s+tariffs?\\b");
    assertThat(t.sets()).containsExactly(Set.of("%", "pct"), Set.of("tariff"));
    assertThat(t.anchor()).isEqualTo(-1);
  }

  @Test
  void alternationOfPartsUnitesOneSetPerBranch() {
    PatternTriggers t = PatternTriggers.derive("\\b(strikes?|walkouts?\\s+by\\s+\\w+)\\b");
    assertThat(t.sets()).containsExactly(Set.of("strike", "walkout"));
    assertThat(t.anchorLead()).isZero();
  }

  @Test
  void longerStringsContainingAnotherAreDroppedAndShiftTheLead() {
    PatternTriggers t = PatternTriggers.derive("(urban|ban)");
    assertThat(t.sets()).containsExactly(Set.of("ban"));
    assertThat(t.anchorLead()).isEqualTo(2); // "ban" starts 2 chars into "urban"
  }

  @Test
  void nonAsciiLiteralsBreakLiterals() {
    assertThat(PatternTriggers.derive("caf\u00e9 society").sets())
        .containsExactly(Set.of("caf"), Set.of(" society"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a?",
        "(chip)*",
        "x?|chip",
        "(a)\\1",
        "\\Qchip\\E",
        "(?x)chip",
        "chip(",
        "chip)",
        "[chip",
        "\\x41chip",
        "\\u0041chip",
        "\\k<n>chip",
        "\\p",
        "a{,2}",
        "a**"
      })
  void derivesNothingWhenAMatchNeedNotContainALiteralOrTheSyntaxIsNotUnderstood(String regex) {
    assertThat(PatternTriggers.derive(regex)).isEqualTo(PatternTriggers.NONE);
  }

  @Test
  void patternsWithPositionAnchorsGetNoAnchorSet() {
    PatternTriggers t = PatternTriggers.derive("^chips");
    assertThat(t.sets()).containsExactly(Set.of("chips"));
    assertThat(t.anchor()).isEqualTo(-1);
  }

  @Test
  void foldIsTheRegexCaseInsensitiveComparisonRestrictedToAscii() {
    assertThat(PatternTriggers.fold('K')).isEqualTo('k');
    assertThat(PatternTriggers.fold('\u212A')).isEqualTo('k'); // Kelvin sign
    assertThat(PatternTriggers.fold('\u017F')).isEqualTo('s'); // long s
    assertThat(PatternTriggers.fold('\u0130')).isEqualTo('i');
    assertThat(PatternTriggers.fold('\u0131')).isEqualTo('i');
    assertThat(PatternTriggers.fold('%')).isEqualTo('%');
    assertThat(PatternTriggers.fold('\u00E9')).isEqualTo((char) 0);
    assertThat(PatternTriggers.fold('\uD83D')).isEqualTo((char) 0);
    for (char c = 0; c < 0x7F; c++) {
      int f = Character.toLowerCase(Character.toUpperCase(c));
      assertThat(PatternTriggers.fold(c)).isEqualTo(c < 0x20 ? (char) 0 : (char) f);
    }
    for (int c = 0x80; c < 0x10000; c++) {
      int f = Character.toLowerCase(Character.toUpperCase(c));
      assertThat((int) PatternTriggers.fold((char) c)).isEqualTo(f >= 0x20 && f < 0x7F ? f : 0);
    }
  }

  @Test
  void everyConfiguredPatternGetsTriggers() throws Exception {
    ThemeTaxonomy taxonomy = ThemeTaxonomy.load(java.nio.file.Path.of("conf/themes.conf"));
    for (ThemeDef theme : taxonomy.themes()) {
      for (String regex : theme.patterns()) {
        List<Set<String>> sets = PatternTriggers.derive(regex).sets();
        assertThat(sets).as(regex).isNotEmpty();
      }
    }
  }
}
