package com.newspulse.trends;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.core.trendstats.SourceMix;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One key's items gathered into periods, as the grouped trend and term scoring read them. */
class PeriodCellsTest {
  // Two sources over four weeks; "c" is unknown to the mix (published nothing in the range).
  private static final SourceMix MIX =
      SourceMix.of(List.of("a", "b"), new long[][] {{5, 5, 5, 5}, {0, 3, 3, 3}}, 2, 0.5);

  @Test
  void countsArticlesMentionsDistinctStoriesAndMeanTonePerPeriod() {
    PeriodCells c = new PeriodCells(MIX);
    c.add(1, "Nvidia", "ORG", 3, "a", "s1", 0.5);
    c.add(1, "Nvidia", "ORG", 1, "b", "s1", null); // a syndicated copy: the same story
    c.add(1, "Nvidia", "ORG", 2, "b", null, -0.25); // an article with no copy
    c.add(3, "Nvidia", "ORG", 1, "c", "s1", null);

    assertArrayEquals(new long[] {0, 3, 0, 1}, c.articles);
    assertArrayEquals(new long[] {0, 6, 0, 1}, c.mentions);
    assertEquals(2, c.dedupArticles(1));
    assertEquals(0, c.dedupArticles(0));
    assertEquals(1, c.dedupArticles(3));
    assertEquals(0.125, c.tone(1), 1e-12); // mean of the two items that have a tone
    assertNull(c.tone(3));
    assertEquals(3, c.maxArticles());
    assertEquals(4, c.items());
    // Per source: the unknown source is not counted, period 1 has both known sources.
    assertEquals(2, c.bySource.sourcesAt(1));
    assertEquals(0, c.bySource.sourcesAt(3));
  }

  @Test
  void labelIsTheLargestOfTheLatestPeriodWhateverTheOrder() {
    PeriodCells c = new PeriodCells(MIX);
    c.add(2, "Meta", "ORG", 1, "a", "x", null);
    c.add(0, "Facebook", "ORG", 1, "a", "y", null);
    c.add(2, "Meta Platforms", null, 1, "a", "z", null);
    c.add(1, "Zzz", "PERSON", 1, "a", "w", null);
    assertEquals("Meta Platforms", c.label());
    assertEquals("ORG", c.type()); // the largest non-null type of that period
  }

  @Test
  void anOfferedLabelWinsOnlyWhenNoItemIsLaterAndTheSmallerOnATie() {
    PeriodCells none = new PeriodCells(MIX);
    none.offerLabel(0, "Tariffs", null);
    assertEquals("Tariffs", none.label());

    PeriodCells tie = new PeriodCells(MIX);
    tie.add(0, "Tariffs and duties", null, 1, "a", "x", null);
    tie.offerLabel(0, "Tariffs", null);
    assertEquals("Tariffs", tie.label());

    PeriodCells later = new PeriodCells(MIX);
    later.add(2, "Tariffs and duties", null, 1, "a", "x", null);
    later.offerLabel(0, "Tariffs", null);
    assertEquals("Tariffs and duties", later.label());

    PeriodCells nullOffer = new PeriodCells(MIX);
    nullOffer.add(0, "Tariffs", null, 1, "a", "x", null);
    nullOffer.offerLabel(0, null, null);
    assertEquals("Tariffs", nullOffer.label());
  }

  @Test
  void rangePeriodsMapEachDayToItsWeekAndOutsideDaysToMinusOne() {
    LocalDate monday = LocalDate.of(2025, 3, 3);
    RangePeriods p =
        new RangePeriods(
            new TrendsStage.PeriodRange(
                PeriodCalendar.WEEK, monday, monday.plusWeeks(2), monday.plusWeeks(3)),
            MIX);
    assertEquals(0, p.index(monday));
    assertEquals(0, p.index(monday.plusDays(6)));
    assertEquals(1, p.index(monday.plusDays(7)));
    assertEquals(3, p.index(monday.plusWeeks(3).plusDays(6))); // the range's last day
    assertEquals(-1, p.index(monday.minusDays(1)));
    assertEquals(-1, p.index(monday.plusWeeks(4)));
  }
}
