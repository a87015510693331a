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
    int keywordMinArticles,
    BurstMeasure burstMeasure,
    double stableCoverage,
    double mixChangeFraction,
    List<PeriodCalendar> zeroFillGranularities,
    int zeroFillMinArticles)
    implements Serializable {

  /** What {@code z_score} and {@code burst} are computed on (docs/tables.md, trends). */
  public enum BurstMeasure {
    /** The key's share within the period's stable sources, against their own baseline rates. */
    STABLE_SHARE,
    /** The key's share of all the period's articles. */
    SHARE;

    public static BurstMeasure parse(String s) {
      for (BurstMeasure m : values()) {
        if (m.id().equals(s.trim())) {
          return m;
        }
      }
      throw new IllegalArgumentException(
          "unknown burst measure '" + s + "': expected stable-share or share");
    }

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public TrendsConfig {
    granularities = List.copyOf(granularities);
    baselinePeriods = Map.copyOf(baselinePeriods);
    minBaselinePeriods = Map.copyOf(minBaselinePeriods);
    zeroFillGranularities = List.copyOf(zeroFillGranularities);
  }

  public int baseline(PeriodCalendar g) {
    return baselinePeriods.get(g);
  }

  public int minBaseline(PeriodCalendar g) {
    return minBaselinePeriods.get(g);
  }
}
