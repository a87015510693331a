package com.newspulse.tables;

import com.newspulse.core.trendstats.PeriodCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Partition folder names ({@code column=value}) a run owns: the one place they are spelled, so what
 * a step stages and what the transaction publishes cannot disagree.
 */
public final class Partitions {
  private Partitions() {}

  /** {@code column=value}. */
  public static String of(String column, Object value) {
    return column + "=" + value;
  }

  /** {@code published_date=<day>} for every day of [from, to]. */
  public static List<String> days(LocalDate from, LocalDate to) {
    return days(Tables.PUBLISHED_DATE, from, to);
  }

  /** {@code published_date=<day>} for each of {@code days}. */
  public static List<String> days(java.util.Collection<LocalDate> days) {
    return days.stream().map(d -> of(Tables.PUBLISHED_DATE, d)).toList();
  }

  /** {@code <column>=<day>} for every day of [from, to]. */
  public static List<String> days(String column, LocalDate from, LocalDate to) {
    List<String> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(of(column, d));
    }
    return out;
  }

  /**
   * {@code granularity=<g>/period_start=<p>} for every period start of [from, to] (trend tables).
   */
  public static List<String> periods(PeriodCalendar g, LocalDate from, LocalDate to) {
    List<String> out = new ArrayList<>();
    for (LocalDate p = from; !p.isAfter(to); p = g.plus(p, 1)) {
      out.add(of("granularity", g.id()) + "/" + of("period_start", p));
    }
    return out;
  }
}
