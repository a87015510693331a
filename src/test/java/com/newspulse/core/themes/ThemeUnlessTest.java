package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A theme's negative context: no hit of the theme counts in a sentence with an unless phrase. */
class ThemeUnlessTest {

  private static final ThemeMatcher MATCHER =
      new ThemeMatcher(
          ThemeTaxonomy.parse(
              "t.conf",
              """
            themes = [
              { id = TARIFFS, label = Tariffs, terms = [tariff, tariffs]
                patterns = [\"""\\b\\d+%\\s+duties\\b\"""]
                near = [ { a = [duties], b = [imports], window = 2 } ]
                unless = ["energy tariffs", "feed-in tariff", broadband] }
              { id = ENERGY, label = Energy, terms = ["energy tariffs", "feed-in tariff"] }
            ]"""));

  private static List<String> hits(String text) {
    return MATCHER.match(text).stream().map(h -> h.themeId() + ":" + h.surface()).toList();
  }

  @Test
  void everyKindOfHitIsDroppedInASentenceWithAnUnlessPhrase() {
    assertThat(hits("Tariffs on steel rose. Duties on imports and 25% duties followed."))
        .containsExactly("TARIFFS:Tariffs", "TARIFFS:Duties on imports", "TARIFFS:25% duties");
    assertThat(hits("Energy tariffs rose, and so did broadband bills; 25% duties on imports too."))
        .containsExactly("ENERGY:Energy tariffs");
  }

  @Test
  void onlyItsOwnSentenceAndOnlyItsOwnTheme() {
    assertThat(hits("The feed-in tariff was cut. Tariffs on solar panels stay."))
        .containsExactly("ENERGY:feed-in tariff", "TARIFFS:Tariffs");
  }

  @Test
  void blankPhrasesAndUnknownKeysAreRejected() {
    assertThatThrownBy(
            () ->
                ThemeTaxonomy.parse(
                    "t.conf", "themes = [ { id = A, label = A, terms = [a], unless = [\" \"] } ]"))
        .hasMessageContaining("themes[0] (A): empty phrase in unless (item 1)");
    assertThatThrownBy(
            () ->
                ThemeTaxonomy.parse(
                    "t.conf", "themes = [ { id = A, label = A, terms = [a], unlesss = [b] } ]"))
        .hasMessageContaining(
            "accepted: id, label, terms, patterns, context, near, unless, requires");
    assertThatThrownBy(
            () ->
                ThemeTaxonomy.parse(
                    "t.conf",
                    "themes = [ { id = A, label = A, terms = [a], requires = [STATE] } ]"))
        .hasMessageContaining(
            "themes[0] (A): unknown kind 'STATE' in requires (accepted: PERSON, ORG, GPE,")
        .hasMessageContaining("WORK, COUNTRY)");
    assertThat(
            ThemeTaxonomy.parse(
                    "t.conf",
                    "themes = [ { id = A, label = A, terms = [a], requires = [COUNTRY, NORP] } ]")
                .byId("A")
                .requires())
        .containsExactly("COUNTRY", "NORP");
  }
}
