package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeTaxonomyTest {

  private static Path resource(String name) throws Exception {
    return Path.of(ThemeTaxonomyTest.class.getResource("/core/themes/" + name).toURI());
  }

  @Test
  void loadsThemesInFileOrder() throws Exception {
    ThemeTaxonomy taxonomy = ThemeTaxonomy.load(resource("themes.conf"));

    assertThat(taxonomy.size()).isEqualTo(4);
    assertThat(taxonomy.themes())
        .extracting(ThemeDef::id)
        .containsExactly("EXPORT_CONTROLS", "AI_CHIPS", "RATES", "TURKEY_ECONOMY");
    assertThat(taxonomy.byId("RATES"))
        .isEqualTo(
            new ThemeDef(
                "RATES",
                "Interest rates",
                List.of("rate-cut", "rates"),
                List.of("\\b(raise|cut|hold)s? (interest )?rates\\b"),
                List.of("central bank", "Fed")));
    assertThat(taxonomy.byId("TURKEY_ECONOMY").patterns()).isEmpty();
    assertThat(taxonomy.byId("NOPE")).isNull();
  }

  @Test
  void reportsEveryProblemWithThemeIndexAndId() throws Exception {
    Path broken = resource("broken.conf");
    assertThatThrownBy(() -> ThemeTaxonomy.load(broken))
        .isInstanceOf(TaxonomyException.class)
        .hasMessage(
            "invalid theme taxonomy (10 problems):\n"
                + "  "
                + broken
                + ": themes[1]: missing id\n"
                + "  "
                + broken
                + ": themes[2] (lower_case): id 'lower_case' is not UPPER_SNAKE_CASE\n"
                + "  "
                + broken
                + ": themes[3] (GOOD): duplicate id 'GOOD' (also themes[0])\n"
                + "  "
                + broken
                + ": themes[4] (EMPTY): missing label\n"
                + "  "
                + broken
                + ": themes[4] (EMPTY): no terms, no patterns and no near rules\n"
                + "  "
                + broken
                + ": themes[5] (BAD_REGEX): empty context term (item 1)\n"
                + "  "
                + broken
                + ": themes[5] (BAD_REGEX): invalid pattern '(unclosed': Unclosed group "
                + "near index 9\n"
                + "  "
                + broken
                + ": themes[6] (TYPO): terms must be a list of strings\n"
                + "  "
                + broken
                + ": themes[6] (TYPO): unknown key 'term' (accepted: id, label, terms, "
                + "patterns, context, near, unless, requires)\n"
                + "  "
                + broken
                + ": themes[6] (TYPO): no terms, no patterns and no near rules");
  }

  @Test
  void reportsNoTermsAndNoPatternsAfterWrongTypes() {
    assertThatThrownBy(
            () -> ThemeTaxonomy.parse("t.conf", "themes = [ { id = A, label = a, terms = x } ]"))
        .isInstanceOf(TaxonomyException.class)
        .hasMessage(
            "invalid theme taxonomy (2 problems):\n"
                + "  t.conf: themes[0] (A): terms must be a list of strings\n"
                + "  t.conf: themes[0] (A): no terms, no patterns and no near rules");
  }

  @Test
  void reportsSyntaxErrorsAndMissingList() {
    assertThatThrownBy(() -> ThemeTaxonomy.parse("t.conf", "themes = [ {"))
        .isInstanceOf(TaxonomyException.class)
        .hasMessageStartingWith("invalid theme taxonomy (1 problem):\n  t.conf: 1: ");
    assertThatThrownBy(() -> ThemeTaxonomy.parse("t.conf", "topics = []"))
        .isInstanceOf(TaxonomyException.class)
        .hasMessage("invalid theme taxonomy (1 problem):\n  t.conf: missing 'themes' list");
    assertThatThrownBy(() -> ThemeTaxonomy.parse("t.conf", "themes = 5"))
        .isInstanceOf(TaxonomyException.class)
        .hasMessage(
            "invalid theme taxonomy (1 problem):\n"
                + "  t.conf: 1: themes has type NUMBER rather than LIST");
  }
}
