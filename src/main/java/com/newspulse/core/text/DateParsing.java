package com.newspulse.core.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Lenient-in-format, strict-in-value parsing of article timestamps. Dates without a zone are taken
 * as UTC; anything unparseable (including impossible dates such as 2024-13-45) yields empty rather
 * than throwing, so the ingest stage can quarantine the row with a reason.
 */
public final class DateParsing {

  /** ISO local date-time, then an optional offset written as Z, +02:00 or +0200. */
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  private DateParsing() {}

  public static Optional<Instant> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String v = s.strip();
    if (v.length() < 10) {
      return Optional.empty();
    }
    try {
      if (v.length() == 10) {
        return Optional.of(
            LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
      }
      if (v.charAt(10) == ' ') {
        v = v.substring(0, 10) + 'T' + v.substring(11);
      }
      TemporalAccessor parsed = DATE_TIME.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime odt) {
        return Optional.of(odt.toInstant());
      }
      return Optional.of(((LocalDateTime) parsed).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
