package com.newspulse.core.trendstats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NpmiTest {

  @Test
  void independentItemsScoreZero() {
    // p(x)=0.5, p(y)=0.2, p(xy)=0.1 = p(x)p(y)
    assertThat(Npmi.of(10, 50, 20, 100)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void itemsAlwaysTogetherScoreOne() {
    assertThat(Npmi.of(20, 20, 20, 100)).isCloseTo(1.0, within(1e-12));
    assertThat(Npmi.of(5, 5, 5, 5)).isEqualTo(1.0);
  }

  @Test
  void neverTogetherIsNaNAndBadCountsAreRejected() {
    assertThat(Npmi.of(0, 10, 10, 100)).isNaN();
    assertThatThrownBy(() -> Npmi.of(11, 10, 20, 100))
        .hasMessage("inconsistent counts: both=11 x=10 y=20 total=100");
  }

  @Test
  void periodsStartOnMondayAndFirstOfMonth() {
    LocalDate thursday = LocalDate.of(2025, 3, 27);
    assertThat(PeriodCalendar.WEEK.start(thursday)).isEqualTo(LocalDate.of(2025, 3, 24));
    assertThat(PeriodCalendar.MONTH.start(thursday)).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(PeriodCalendar.WEEK.between(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 24)))
        .isEqualTo(3);
    assertThat(PeriodCalendar.parse(" Week ")).isEqualTo(PeriodCalendar.WEEK);
    assertThatThrownBy(() -> PeriodCalendar.parse("hour"))
        .hasMessage("unknown granularity 'hour': expected one of day, week, month");
  }
}
