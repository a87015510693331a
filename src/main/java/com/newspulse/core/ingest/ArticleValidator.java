package com.newspulse.core.ingest;

import com.newspulse.core.text.DateParsing;
import com.newspulse.core.text.TextChecks;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Decides, for one input row, whether it is a usable article or goes to quarantine, and why. Checks
 * run in a fixed order (id, text, size, characters, date) so a row always gets the same single
 * reason.
 */
public final class ArticleValidator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Instant plausibleFrom;
  private final Instant plausibleTo;
  private final int maxTextChars;
  private final boolean acceptHeadlineOnly;

  /** Headline-only items (a headline, no body) accepted. */
  public ArticleValidator(LocalDate plausibleFrom, LocalDate plausibleTo, int maxTextChars) {
    this(plausibleFrom, plausibleTo, maxTextChars, true);
  }

  /**
   * @param acceptHeadlineOnly whether an item whose body is null or blank but whose headline has
   *     visible text is an article (real feeds carry many; {@code input.headline-only})
   */
  public ArticleValidator(
      LocalDate plausibleFrom,
      LocalDate plausibleTo,
      int maxTextChars,
      boolean acceptHeadlineOnly) {
    this.plausibleFrom = plausibleFrom.atStartOfDay().toInstant(ZoneOffset.UTC);
    this.plausibleTo = plausibleTo.atStartOfDay().toInstant(ZoneOffset.UTC);
    this.maxTextChars = maxTextChars;
    this.acceptHeadlineOnly = acceptHeadlineOnly;
  }

  /** Outcome: either {@code publishedAt} is set and {@code reason} null, or the reverse. */
  public record Verdict(Instant publishedAt, QuarantineReason reason, String detail) {
    public boolean accepted() {
      return reason == null;
    }

    public static Verdict reject(QuarantineReason r, String detail) {
      return new Verdict(null, r, detail);
    }
  }

  /**
   * @param publishedAt an {@link Instant}, {@link LocalDateTime} (taken as UTC), {@link LocalDate},
   *     {@link java.sql.Timestamp}, or an ISO-8601 string; null when missing
   */
  public Verdict validate(String id, Object publishedAt, String title, String text) {
    if (id == null || id.isBlank()) {
      return Verdict.reject(QuarantineReason.MISSING_ID, "id is null or blank");
    }
    if (!TextChecks.hasVisibleText(text)) {
      boolean headline = TextChecks.hasVisibleText(title);
      if (!headline || !acceptHeadlineOnly) {
        String why =
            headline
                ? " (headline-only items are quarantined: input.headline-only = quarantine)"
                : " and the title has none either";
        return text == null
            ? Verdict.reject(QuarantineReason.NULL_TEXT, "text is null" + why)
            : Verdict.reject(QuarantineReason.BLANK_TEXT, "text has no visible characters" + why);
      }
    }
    if (text != null && text.length() > maxTextChars) {
      return Verdict.reject(
          QuarantineReason.TEXT_TOO_LARGE,
          "text has " + text.length() + " chars, limit input.max-text-chars is " + maxTextChars);
    }
    Optional<String> bad =
        text == null ? Optional.empty() : TextChecks.invalidCharacterReason(text);
    if (bad.isEmpty() && title != null) {
      bad = TextChecks.invalidCharacterReason(title).map(r -> "title: " + r);
    }
    if (bad.isPresent()) {
      return Verdict.reject(QuarantineReason.INVALID_CHARACTERS, bad.get());
    }
    if (publishedAt == null || (publishedAt instanceof String s && s.isBlank())) {
      return Verdict.reject(QuarantineReason.MISSING_DATE, "published_at is null or blank");
    }
    Optional<Instant> when = toInstant(publishedAt);
    if (when.isEmpty()) {
      return Verdict.reject(
          QuarantineReason.UNPARSABLE_DATE,
          "published_at '"
              + publishedAt
              + "' is not an ISO-8601 date, date-time or zoned date-time");
    }
    Instant t = when.get();
    if (t.isBefore(plausibleFrom) || !t.isBefore(plausibleTo)) {
      return Verdict.reject(
          QuarantineReason.DATE_OUT_OF_RANGE,
          "published_at "
              + t
              + " outside ["
              + plausibleFrom
              + ", "
              + plausibleTo
              + ")"
              + " (input.plausible-from / input.plausible-to)");
    }
    return new Verdict(t, null, null);
  }

  /**
   * The row's publication instant when it is present, parsable and plausible, whatever else is
   * wrong with the row: quarantined rows are filed under their date when they have one.
   */
  public Optional<Instant> plausibleDate(Object publishedAt) {
    if (publishedAt == null) {
      return Optional.empty();
    }
    return toInstant(publishedAt)
        .filter(t -> !t.isBefore(plausibleFrom) && t.isBefore(plausibleTo));
  }

  static Optional<Instant> toInstant(Object v) {
    if (v instanceof Instant i) {
      return Optional.of(i);
    }
    if (v instanceof java.sql.Timestamp ts) {
      return Optional.of(ts.toInstant());
    }
    if (v instanceof LocalDateTime ldt) {
      return Optional.of(ldt.toInstant(ZoneOffset.UTC));
    }
    if (v instanceof LocalDate d) {
      return Optional.of(d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    if (v instanceof java.sql.Date d) {
      return Optional.of(d.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    return DateParsing.parse(v.toString());
  }
}
