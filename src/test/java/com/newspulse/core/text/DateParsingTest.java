package com.newspulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParsingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-05-01                    | 2024-05-01T00:00:00Z",
        "2024-05-01T10:00:00           | 2024-05-01T10:00:00Z",
        "2024-05-01 10:00:00           | 2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00.5         | 2024-05-01T10:00:00.500Z",
        "2024-05-01 10:00:00.123456    | 2024-05-01T10:00:00.123456Z",
        "2024-05-01T10:00:00Z          | 2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00+02:00     | 2024-05-01T08:00:00Z",
        "2024-05-01T10:00:00+0200      | 2024-05-01T08:00:00Z",
        "2024-05-01T10:00:00.250-05:00 | 2024-05-01T15:00:00.250Z",
        "2024-02-29                    | 2024-02-29T00:00:00Z",
      })
  void parsesSupportedForms(String input, String expected) {
    assertThat(DateParsing.parse(input)).contains(Instant.parse(expected));
  }

  @Test
  void trimsSurroundingWhitespace() {
    assertThat(DateParsing.parse("  2024-05-01T10:00:00Z \n"))
        .contains(Instant.parse("2024-05-01T10:00:00Z"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "yesterday",
        "2024-13-45",
        "2023-02-29",
        "2024-05-01T25:00:00",
        "2024-05-01X10:00:00",
        "05/01/2024",
        "2024-5-1",
        "2024-05-01T10:00:00+2",
        "2024-05-01T10:00:00 UTC"
      })
  void rejectsEverythingElse(String input) {
    assertThat(DateParsing.parse(input)).isEmpty();
  }
}
