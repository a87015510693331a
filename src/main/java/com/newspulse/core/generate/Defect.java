package com.newspulse.core.generate;

/**
 * Defects planted in dirty mode, in the order they cycle. Each turns the clean article at its index
 * (and, for duplicates, the clean article at {@code index - 1}) into a defect row.
 */
enum Defect {
  NULL_TEXT,
  BLANK_TEXT,
  MISSING_DATE,
  UNPARSABLE_DATE,
  DATE_OUT_OF_RANGE,
  TEXT_TOO_LARGE,
  INVALID_CHARACTERS,
  DUPLICATE_ID,
  DUPLICATE_CONTENT;

  /** Length of a TEXT_TOO_LARGE text: just over the pipeline's 2,000,000-char default limit. */
  static final int TOO_LARGE_CHARS = 2_100_000;

  boolean needsPrevious() {
    return this == DUPLICATE_ID || this == DUPLICATE_CONTENT;
  }

  /**
   * @param variant alternates between the two spellings of the same defect (cycle number)
   * @param current clean article at this index
   * @param previous clean article at {@code index - 1}; only read when {@link #needsPrevious()}
   */
  GeneratedArticle plant(int variant, GeneratedArticle current, GeneratedArticle previous) {
    GeneratedArticle c = current;
    boolean first = (variant & 1) == 0;
    return switch (this) {
      // Neither a body nor a headline: a headline alone would make an accepted headline-only item.
      case NULL_TEXT -> with(c, c.publishedAt(), null, null);
      // Invisible only: spaces, or a zero-width space, a no-break space and a lone combining mark.
      case BLANK_TEXT ->
          first
              ? with(c, c.publishedAt(), null, "   \n ")
              : with(c, c.publishedAt(), " ", "\u200B\u00A0\u0301");
      case MISSING_DATE -> with(c, null, c.title(), c.text());
      case UNPARSABLE_DATE -> with(c, first ? "next Tuesday" : "2024-13-45", c.title(), c.text());
      case DATE_OUT_OF_RANGE ->
          with(c, first ? "1899-12-31T00:00:00Z" : "2999-01-01", c.title(), c.text());
      case TEXT_TOO_LARGE -> with(c, c.publishedAt(), c.title(), tooLarge(c.text()));
      case INVALID_CHARACTERS ->
          with(c, c.publishedAt(), c.title(), insertMidText(c.text(), first ? "\u0000" : "\uFFFD"));
      case DUPLICATE_ID ->
          new GeneratedArticle(
              previous.id(),
              previous.publishedAt(),
              previous.title(),
              previous.text(),
              previous.source(),
              previous.url(),
              previous.lang(),
              name());
      case DUPLICATE_CONTENT -> with(c, c.publishedAt(), previous.title(), previous.text());
    };
  }

  private GeneratedArticle with(GeneratedArticle c, String publishedAt, String title, String text) {
    return new GeneratedArticle(
        c.id(), publishedAt, title, text, c.source(), c.url(), c.lang(), name());
  }

  /** The clean text (so each oversized row is distinct) padded with repeats of one sentence. */
  private static String tooLarge(String text) {
    StringBuilder out = new StringBuilder(TOO_LARGE_CHARS);
    out.append(text, 0, Math.min(text.length(), TOO_LARGE_CHARS)).append(' ');
    while (out.length() < TOO_LARGE_CHARS) {
      String unit = Padding.UNIT;
      out.append(unit, 0, Math.min(unit.length(), TOO_LARGE_CHARS - out.length()));
    }
    out.setLength(TOO_LARGE_CHARS);
    return out.toString();
  }

  /** Puts the bad character right after a word in the middle of the text. */
  private static String insertMidText(String text, String bad) {
    int at = text.indexOf(' ', text.length() / 2);
    if (at < 0) {
      at = text.length();
    }
    return new StringBuilder(text.length() + 1)
        .append(text, 0, at)
        .append(bad)
        .append(text, at, text.length())
        .toString();
  }

  /** Built on first use only: most JVMs never generate an oversized row. */
  private static final class Padding {
    static final String UNIT =
        "The same paragraph is repeated here to make this article far too large. ".repeat(1000);
  }
}
