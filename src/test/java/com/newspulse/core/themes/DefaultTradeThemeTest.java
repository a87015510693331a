package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped taxonomy's TRADE theme (conf/themes.conf): a nation's trade, trade with a partner and
 * Japan's trade ministry count; trade unions, shows and creditors do not.
 */
class DefaultTradeThemeTest {

  private static ThemeMatcher matcher;

  @BeforeAll
  static void loadShippedTaxonomy() {
    matcher = new ThemeMatcher(ThemeTaxonomy.load(Path.of("conf/themes.conf")));
  }

  private static List<String> trade(String text) {
    return matcher.match(text).stream()
        .filter(h -> h.themeId().equals("TRADE"))
        .map(ThemeHit::surface)
        .toList();
  }

  @Test
  void nationsTradeAndTradeWithAPartnerCount() {
    assertThat(trade("Yugoslav trade fell sharply in the first quarter."))
        .containsExactly("Yugoslav trade");
    assertThat(trade("SOVIET TRADE PROSPECTS SEEN GOOD")).containsExactly("SOVIET TRADE");
    assertThat(trade("The commission will boost trade with Yugoslavia."))
        .containsExactly("trade with");
    assertThat(trade("MITI officials met the delegation.")).containsExactly("MITI");
    assertThat(trade("Australia's terms of trade worsened.")).containsExactly("terms of trade");
  }

  @Test
  void oneHitWhereAPatternAndATermOverlap() {
    // "Japan's trade" (pattern) and "trade surplus" (term) overlap: the earlier hit wins, counted
    // once.
    assertThat(trade("Japan's trade surplus widened in March.")).containsExactly("Japan's trade");
  }

  @Test
  void tradeUnionsShowsAndCreditorsDoNot() {
    assertThat(trade("Britain's trade unions called a strike.")).isEmpty();
    assertThat(trade("The Canadian trade show opens on Monday.")).isEmpty();
    assertThat(trade("The company's trade creditors agreed to wait.")).isEmpty();
    assertThat(trade("Shares of the company will trade on Nasdaq.")).isEmpty();
  }
}
