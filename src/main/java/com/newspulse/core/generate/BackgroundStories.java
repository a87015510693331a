package com.newspulse.core.generate;

import java.util.List;
import java.util.SplittableRandom;

/** The weighted background mix of story types every article draws from unless planted. */
final class BackgroundStories {

  private BackgroundStories() {}

  static final List<StoryKit> KITS =
      List.of(
          EconomyStories.MARKETS,
          EconomyStories.ENERGY,
          EconomyStories.MONETARY_POLICY,
          EconomyStories.EARNINGS,
          EconomyStories.MERGERS,
          EconomyStories.TRADE,
          WorldStories.ELECTIONS,
          WorldStories.AI,
          WorldStories.SEMICONDUCTORS,
          WorldStories.CONFLICT,
          WorldStories.CLIMATE,
          WorldStories.AUTOS);

  private static final int[] CUMULATIVE = cumulativeWeights();

  static StoryKit pick(SplittableRandom rng) {
    int r = rng.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
    int i = 0;
    while (CUMULATIVE[i] <= r) {
      i++;
    }
    return KITS.get(i);
  }

  /** A uniformly chosen kit other than {@code main}: the article's secondary angle. */
  static StoryKit pickOther(SplittableRandom rng, StoryKit main) {
    StoryKit kit = KITS.get(rng.nextInt(KITS.size()));
    return kit == main ? KITS.get((KITS.indexOf(kit) + 1) % KITS.size()) : kit;
  }

  private static int[] cumulativeWeights() {
    int[] out = new int[KITS.size()];
    int sum = 0;
    for (int i = 0; i < out.length; i++) {
      sum += KITS.get(i).weight();
      out[i] = sum;
    }
    return out;
  }
}
