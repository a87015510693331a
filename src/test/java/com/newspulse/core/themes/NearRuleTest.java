package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Themes by structure: two phrase sets near each other, in either order, within a window, unless
 * vetoed.
 */
class NearRuleTest {

  private static final ThemeMatcher MATCHER =
      new ThemeMatcher(
          ThemeTaxonomy.parse(
              "t.conf",
              """
            themes = [
              { id = CONTROLS, label = Controls, terms = ["entity list"]
                near = [ { a = [export, exports], b = [curbs, ban, "entity list"], window = 2,
                           unless = ["export growth"] } ] }
              { id = PORTS, label = Ports, near = [ { a = [port], b = [strike], window = 0 } ], context = [workers] }
              { id = LIMITS, label = Limits, near = [ { a = [limit], b = ["advanced chips"], window = 4, ordered = true } ] }
            ]"""));

  private static List<String> hits(String text) {
    List<ThemeHit> hits = MATCHER.match(text);
    assertThat(hits)
        .allSatisfy(h -> assertThat(text.substring(h.start(), h.end())).isEqualTo(h.surface()));
    return hits.stream().map(h -> h.themeId() + ":" + h.surface() + "@" + h.start()).toList();
  }

  @Test
  void eitherOrderWithinTheWindowSpanningBothPhrases() {
    assertThat(hits("New curbs on chip exports."))
        .containsExactly("CONTROLS:curbs on chip exports@4");
    assertThat(hits("Exports face a ban.")).containsExactly("CONTROLS:Exports face a ban@0");
    // three tokens between: outside the window of 2
    assertThat(hits("Curbs on advanced chip exports.")).isEmpty();
    // a phrase of b that is also a term: one hit, the longest at the leftmost start
    assertThat(hits("Exports to firms on the entity list."))
        .containsExactly("CONTROLS:entity list@24");
  }

  @Test
  void theSentenceIsTheLimitAndUnlessVetoesIt() {
    assertThat(hits("Exports fell. Curbs came later.")).isEmpty();
    assertThat(hits("Export growth slowed after the ban on exports.")).isEmpty();
    assertThat(hits("Export growth slowed. A ban on exports followed."))
        .containsExactly("CONTROLS:ban on exports@24");
  }

  @Test
  void windowZeroMeansAdjacentAndContextStillApplies() {
    assertThat(hits("The port strike spread as workers walked out."))
        .containsExactly("PORTS:port strike@4");
    assertThat(hits("The port strike spread.")).isEmpty();
    assertThat(hits("A port workers strike.")).isEmpty();
  }

  @Test
  void anOrderedRuleWantsItsFirstPhraseFirst() {
    assertThat(hits("Rules limit access to advanced chips."))
        .containsExactly("LIMITS:limit access to advanced chips@6");
    assertThat(hits("It bet on advanced chips to limit losses.")).isEmpty();
  }

  @Test
  void badRulesAreReportedWithTheirThemeAndIndex() {
    assertThatThrownBy(
            () ->
                ThemeTaxonomy.parse(
                    "t.conf",
                    """
                themes = [ { id = A, label = a, near = [ { a = [x], b = [], window = 2 },
                                                           { a = [x], b = [y], window = 9, extra = 1 },
                                                           { a = [x], b = [y] } ] } ]"""))
        .hasMessageContaining(
            "t.conf: themes[0] (A): near[0]: a and b must each list at least one phrase")
        .hasMessageContaining(
            "near[1]: unknown key 'extra' (accepted: a, b, window, unless, ordered)")
        .hasMessageContaining("near[2]: missing window");
    assertThatThrownBy(
            () ->
                ThemeTaxonomy.parse(
                    "t.conf",
                    """
                themes = [ { id = A, label = a, near = [ { a = [x], b = [y], window = 9 } ] } ]"""))
        .hasMessageContaining("near[0]: window must be in [0, 8], got 9");
  }

  @Test
  void aLongSentencePairsEachPhraseOnlyWithThoseInItsWindow() {
    // 2,000 "exports ... curbs" pairs in one sentence, 5 tokens apart (outside the window of 2):
    // every pair is found once, in linear time.
    String text = "exports face curbs and more ".repeat(2_000);
    List<ThemeHit> hits = MATCHER.match(text);
    assertThat(hits).hasSize(2_000);
    assertThat(hits).allSatisfy(h -> assertThat(h.surface()).isEqualTo("exports face curbs"));
  }
}
