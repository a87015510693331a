package com.newspulse.trends;

import com.newspulse.core.trendstats.SourceMix;
import java.time.LocalDate;

/**
 * The periods of one {@link TrendsStage.PeriodRange}: which period each day of the range falls in
 * (one array read per item) and the feed mix of those periods.
 */
final class RangePeriods implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final TrendsStage.PeriodRange range;
  private final SourceMix mix;
  private final long firstDay;
  private final int[] periodOfDay;

  RangePeriods(TrendsStage.PeriodRange range, SourceMix mix) {
    this.range = range;
    this.mix = mix;
    this.firstDay = range.computeFrom().toEpochDay();
    int days = (int) (range.lastDay().toEpochDay() - firstDay) + 1;
    this.periodOfDay = new int[Math.max(0, days)];
    for (int d = 0; d < periodOfDay.length; d++) {
      LocalDate day = range.computeFrom().plusDays(d);
      periodOfDay[d] =
          (int) range.granularity().between(range.computeFrom(), range.granularity().start(day));
    }
  }

  TrendsStage.PeriodRange range() {
    return range;
  }

  SourceMix mix() {
    return mix;
  }

  /** The period index of {@code day} in the range, or -1 outside it. */
  int index(LocalDate day) {
    long d = day.toEpochDay() - firstDay;
    return d < 0 || d >= periodOfDay.length ? -1 : periodOfDay[(int) d];
  }
}
