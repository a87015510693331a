package com.newspulse.core.themes;

/**
 * How much an article is about a theme, not merely whether it mentions it.
 *
 * <p>{@code salience = 3 * titleHits + (first body hit in the lead ? 1 : 0) + 2 * hitsPer100Tokens
 * + hits}, with the token count floored at 50 so a two-line brief is not all density. A headline
 * hit is the strongest sign (editors title a story by its subject), the lead states the subject,
 * and a theme repeated through the body is central to it. Themes with {@code salience >= }{@link
 * #PRIMARY} are the article's primary themes. Weights and the threshold were chosen on the
 * Reuters-21578 training split (the best F1 of a grid over them for trade, crude, earn, acq, jobs,
 * cpi; see docs/quality.md); they are a documented default, not a law.
 */
public final class ThemeSalience {
  /** Salience from which a theme counts as one of the article's subjects. */
  public static final double PRIMARY = 5.0;

  /** Characters of the body that count as the lead. */
  public static final int LEAD_CHARS = 300;

  private ThemeSalience() {}

  public static double score(int titleHits, int bodyHits, int firstOffset, int tokens) {
    if (titleHits + bodyHits == 0) {
      return 0.0;
    }
    double density = bodyHits * 100.0 / Math.max(50, tokens);
    boolean lead = bodyHits > 0 && firstOffset < LEAD_CHARS;
    return 3.0 * titleHits + (lead ? 1.0 : 0.0) + 2.0 * density + bodyHits;
  }
}
