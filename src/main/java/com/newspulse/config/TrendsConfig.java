package com.newspulse.config;

import com.newspulse.core.trendstats.PeriodCalendar;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Trend statistics settings; baseline lengths are per granularity. */
public record TrendsConfig(
    List<PeriodCalendar> granularities,
    Map<PeriodCalendar, Integer> baselinePeriods,
    Map<PeriodCalendar, Integer> minBaselinePeriods,
    double zThreshold,
    int minArticles,
    int keywordMinArticles)
    implements Serializable {

  public TrendsConfig {
    granularities = List.copyOf(granularities);
    baselinePeriods = Map.copyOf(baselinePeriods);
    minBaselinePeriods = Map.copyOf(minBaselinePeriods);
  }

  public int baseline(PeriodCalendar g) {
    return baselinePeriods.get(g);
  }

  public int minBaseline(PeriodCalendar g) {
    return minBaselinePeriods.get(g);
  }
}
