package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped taxonomy's TARIFFS and SANCTIONS (conf/themes.conf) on the other senses of their
 * words that RSS 2022 showed (docs/quality.md): energy and phone price plans, a court's minimum
 * term, sports bodies' and benefit offices' penalties, platform blacklists, review embargoes. The
 * sentences are the project's own, written after the judged items' patterns.
 */
class DefaultSenseThemesTest {

  private static ThemeMatcher matcher;

  @BeforeAll
  static void loadShippedTaxonomy() {
    matcher = new ThemeMatcher(ThemeTaxonomy.load(Path.of("conf/themes.conf")));
  }

  private static List<String> hits(String theme, String text) {
    return matcher.match(text).stream()
        .filter(h -> h.themeId().equals(theme))
        .map(ThemeHit::surface)
        .toList();
  }

  @Test
  void tradeTariffsCountPricePlansAndSentencesDoNot() {
    assertThat(hits("TARIFFS", "The US raised tariffs on Chinese steel."))
        .containsExactly("tariffs");
    assertThat(hits("TARIFFS", "A 25% tariff on cars and a 10 pct import levy."))
        .containsExactly("25% tariff", "10 pct import levy");
    assertThat(hits("TARIFFS", "Ships avoid the de minimis loophole."))
        .containsExactly("de minimis loophole");
    assertThat(hits("TARIFFS", "Energy tariffs rise again in April.")).isEmpty();
    assertThat(hits("TARIFFS", "Customers on fixed deals may find their tariff costs more."))
        .isEmpty();
    assertThat(hits("TARIFFS", "Firms must promote social tariffs for broadband.")).isEmpty();
    assertThat(hits("TARIFFS", "The killer was given a whole life tariff.")).isEmpty();
    assertThat(hits("TARIFFS", "MPs question a 2% levy on citizens abroad.")).isEmpty();
    assertThat(hits("TARIFFS", "The effect is de minimis, the president said.")).isEmpty();
  }

  @Test
  void governmentSanctionsCountPenaltiesBlacklistsAndReviewEmbargoesDoNot() {
    assertThat(hits("SANCTIONS", "The EU agreed new sanctions on Russian banks."))
        .containsExactly("sanctions");
    assertThat(hits("SANCTIONS", "The Treasury blacklisted three shipping companies."))
        .containsExactly("Treasury blacklisted");
    assertThat(hits("SANCTIONS", "An embargo on Iranian oil stays."))
        .containsExactly("embargo on Iranian oil");
    assertThat(hits("SANCTIONS", "Players were threatened with sporting sanctions.")).isEmpty();
    assertThat(hits("SANCTIONS", "Claimants face benefit sanctions.")).isEmpty();
    assertThat(hits("SANCTIONS", "The county filed for sanctions against the lawyers.")).isEmpty();
    assertThat(hits("SANCTIONS", "The platform kept a secret blacklist of accounts.")).isEmpty();
    assertThat(hits("SANCTIONS", "The review embargo lifts on Tuesday.")).isEmpty();
    assertThat(hits("SANCTIONS", "Reviews are embargoed until the game ships.")).isEmpty();
  }
}
