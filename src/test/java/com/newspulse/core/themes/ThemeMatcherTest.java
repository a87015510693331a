package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.testing.JavaSerialization;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ThemeMatcherTest {

  private static ThemeMatcher matcher;

  @BeforeAll
  static void loadTaxonomy() throws Exception {
    matcher =
        new ThemeMatcher(
            ThemeTaxonomy.load(
                Path.of(ThemeMatcherTest.class.getResource("/core/themes/themes.conf").toURI())));
  }

  /** Hits as "THEME:surface", checking offsets and order. */
  private static List<String> hits(String text) {
    List<ThemeHit> hits = matcher.match(text);
    assertThat(hits)
        .allSatisfy(h -> assertThat(text.substring(h.start(), h.end())).isEqualTo(h.surface()));
    assertThat(hits).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    return hits.stream().map(h -> h.themeId() + ":" + h.surface()).toList();
  }

  @Test
  void returnsExactHits() {
    String text = "New export controls hit the H20.\n\nLicense requirements follow.";
    assertThat(matcher.match(text))
        .containsExactly(
            new ThemeHit("EXPORT_CONTROLS", 4, 19, "export controls", 0),
            new ThemeHit("AI_CHIPS", 28, 31, "H20", 0),
            new ThemeHit("EXPORT_CONTROLS", 34, 54, "License requirements", 1));
  }

  @Test
  void termsAreLeftmostLongestPerThemeAndMayOverlapAcrossThemes() {
    assertThat(hits("Tighter chip export controls on AI chips."))
        .containsExactly(
            "AI_CHIPS:chip export controls",
            "EXPORT_CONTROLS:export controls",
            "AI_CHIPS:AI chips");
  }

  @Test
  void termsAreCaseInsensitiveWholeTokensWithFolding() {
    assertThat(hits("EXPORT BAN on the Entity List"))
        .containsExactly("EXPORT_CONTROLS:EXPORT BAN", "EXPORT_CONTROLS:Entity List");
    assertThat(hits("GPUs and GPUS are not a GPU-maker")).containsExactly("AI_CHIPS:GPU");
    assertThat(hits("Turkiye's economy and the Lira"))
        .containsExactly("TURKEY_ECONOMY:Turkiye's economy", "TURKEY_ECONOMY:Lira");
  }

  @Test
  void patternsRunPerSentence() {
    assertThat(hits("The chip ban widened.")).containsExactly("AI_CHIPS:chip ban");
    assertThat(hits("They sold chips. Ban talk followed.")).isEmpty();
  }

  @Test
  void contextTermMustBeInTheSameSentence() {
    assertThat(hits("Rates rose again.")).isEmpty();
    assertThat(hits("The central bank left rates alone.")).containsExactly("RATES:rates");
    assertThat(hits("The Fed met. Rates rose.")).isEmpty();
    assertThat(hits("A rate–cut by the FED.")).containsExactly("RATES:rate–cut");
  }

  @Test
  void hitsOfOneThemeNeverOverlap() {
    assertThat(matcher.match("The Fed cuts interest rates."))
        .containsExactly(new ThemeHit("RATES", 8, 27, "cuts interest rates", 0));
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ThemeMatcher copy = JavaSerialization.roundTrip(matcher);
    String text = "The Fed cuts rates while export controls hit GPU sales.";
    assertThat(copy.match(text)).isEqualTo(matcher.match(text)).hasSize(3);
  }
}
