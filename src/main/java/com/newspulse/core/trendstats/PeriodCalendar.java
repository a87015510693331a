package com.newspulse.core.trendstats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar periods of the trend tables. Weeks are ISO weeks starting on Monday; months start on the
 * 1st. A period is identified by its first day.
 */
public enum PeriodCalendar {
  DAY,
  WEEK,
  MONTH;

  public static PeriodCalendar parse(String name) {
    for (PeriodCalendar p : values()) {
      if (p.name().equalsIgnoreCase(name.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown granularity '" + name + "': expected one of day, week, month");
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** First day of the period containing {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** Start of the period {@code n} periods after the one starting at {@code start}. */
  public LocalDate plus(LocalDate start, long n) {
    return switch (this) {
      case DAY -> start.plusDays(n);
      case WEEK -> start.plusWeeks(n);
      case MONTH -> start.plusMonths(n);
    };
  }

  /** Number of whole periods from period start {@code a} to period start {@code b}. */
  public long between(LocalDate a, LocalDate b) {
    return switch (this) {
      case DAY -> ChronoUnit.DAYS.between(a, b);
      case WEEK -> ChronoUnit.WEEKS.between(a, b);
      case MONTH -> ChronoUnit.MONTHS.between(a, b);
    };
  }
}
