package com.newspulse.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  @Test
  void acceptsSingleDayAndSingleArticle() {
    GeneratorSettings s = new GeneratorSettings(1, JAN_1, JAN_1, -7, true);

    assertThat(s.articles()).isEqualTo(1);
    assertThat(s.from()).isEqualTo(s.to());
  }

  @Test
  void rejectsFewerThanOneArticle() {
    assertThatThrownBy(() -> new GeneratorSettings(0, JAN_1, JAN_1, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("articles must be >= 1, got 0");
  }

  @Test
  void rejectsFromAfterTo() {
    assertThatThrownBy(() -> new GeneratorSettings(10, JAN_1, JAN_1.minusDays(1), 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must be <= to, got from=2025-01-01, to=2024-12-31");
  }

  @Test
  void rejectsMissingDates() {
    assertThatThrownBy(() -> new GeneratorSettings(10, null, JAN_1, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be null");
    assertThatThrownBy(() -> new GeneratorSettings(10, JAN_1, null, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must not be null");
  }
}
