package com.newspulse.core.generate;

import java.util.List;

/**
 * Text that real feeds carry and that once stopped or polluted a run: emoji with variation
 * selectors and ZWJ sequences, lone combining marks, right-to-left scripts, CJK without spaces,
 * astral-plane letters, markup, a 200,000-letter "word", invisible-only and control-character text,
 * and a story in another language that declares itself English. {@code generate --hostile} plants
 * one kind in every {@value #PERIOD}th clean article, in cycling order, so a fuzz corpus exercises
 * every kind (docs/quality.md).
 *
 * <p>Most kinds must be accepted and analysed (a run must never stop on them); the invisible-only
 * kinds must be quarantined as {@code BLANK_TEXT} and the control character as {@code
 * INVALID_CHARACTERS}, the mislabelled language as {@code UNSUPPORTED_LANGUAGE} ({@link
 * Kind#expectedQuarantine()}). Lone surrogates are not generated: Parquet strings are UTF-8, which
 * cannot carry them, so they never reach the job from a Parquet input (an importer must decide what
 * to do with them).
 */
public final class HostileText {
  /** One in this many clean articles is made hostile. */
  public static final int PERIOD = 10;

  /** Letters of the {@link Kind#LONG_WORD} word. */
  public static final int LONG_WORD_LETTERS = 200_000;

  public enum Kind {
    EMOJI_SELECTORS(null),
    ZWJ_EMOJI(null),
    LONE_COMBINING_MARK(null),
    RIGHT_TO_LEFT(null),
    CJK_UNSPACED(null),
    ASTRAL_LETTERS(null),
    MARKUP(null),
    LONG_WORD(null),
    PUNCTUATION_BODY(null),
    DIGITS_BODY(null),
    ZERO_WIDTH_ONLY("BLANK_TEXT"),
    NO_BREAK_SPACES_ONLY("BLANK_TEXT"),
    C1_CONTROL("INVALID_CHARACTERS"),
    MISLABELLED_LANGUAGE("UNSUPPORTED_LANGUAGE");

    private final String expectedQuarantine;

    Kind(String expectedQuarantine) {
      this.expectedQuarantine = expectedQuarantine;
    }

    /** The quarantine reason this kind must get, or null when it must be accepted. */
    public String expectedQuarantine() {
      return expectedQuarantine;
    }
  }

  private static final List<Kind> KINDS = List.of(Kind.values());

  private HostileText() {}

  /** The kind planted in the {@code n}th hostile article (cycling). */
  public static Kind kind(long n) {
    return KINDS.get((int) Math.floorMod(n, (long) KINDS.size()));
  }

  /**
   * The clean article with the kind's text planted in it; its {@code defect} is {@code
   * HOSTILE_<KIND>}.
   */
  public static GeneratedArticle plant(Kind kind, GeneratedArticle a) {
    String title = a.title();
    String text = a.text();
    switch (kind) {
      // A tone word right after a word made only of a selector: the empty-fold crash of 2022.
      case EMOJI_SELECTORS ->
          text = "Fans \u2764\uFE0F hate the delay \uD83D\uDC4D\uD83C\uDFFD. " + text;
      case ZWJ_EMOJI -> title = title + " \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
      case LONE_COMBINING_MARK -> text = "\u0301 good news \u0301\u0301 bad " + text;
      case RIGHT_TO_LEFT ->
          text =
              text
                  + "\n\u200F\u0627\u0644\u0635\u064A\u0646 \u0648\u0627\u0644\u064A\u0627\u0628\u0627\u0646 "
                  + "\u05E9\u05DC\u05D5\u05DD\u200E.";
      case CJK_UNSPACED ->
          text = text + "\n" + "\u534E\u4E3A\u82AF\u7247\u51FA\u53E3\u7BA1\u5236".repeat(50);
      case ASTRAL_LETTERS ->
          text =
              "\uD835\uDC0D\uD835\uDC2F\uD835\uDC22\uD835\uDC1D\uD835\uDC22\uD835\uDC1A "
                  + "\uD840\uDC00\uD840\uDC01 "
                  + text;
      case MARKUP ->
          text =
              "<p>"
                  + text
                  + "</p><script>alert('x')</script><iframe src=\"https://x.test\"></iframe>"
                  + "&amp; &lt;b&gt; &#8212; &nbsp;";
      case LONG_WORD -> text = text + " " + "a".repeat(LONG_WORD_LETTERS);
      case PUNCTUATION_BODY -> text = "!!! ... ??? --- ;;; \u2026 \u00BF\u00A1";
      case DIGITS_BODY -> text = "2025 1 000 000 42 7";
      case ZERO_WIDTH_ONLY -> {
        title = "\u200B\u200D";
        text = "\u200B\u200C\u200D\u2060\uFEFF";
      }
      case NO_BREAK_SPACES_ONLY -> {
        title = "\u00A0";
        text = "\u00A0\u00A0\u202F\u2007";
      }
      case C1_CONTROL -> text = text + " \u009D";
      case MISLABELLED_LANGUAGE -> {
        // Polish, written for the generator; lang stays "en", as in the feed that carried such
        // stories. It names its article's number: identical items would be dropped as duplicates.
        int cut = 5 + Math.floorMod(a.id().hashCode(), 40);
        String number = a.id().replaceAll("\\D", "");
        title = "Rząd obniży podatek od zysków firm o " + cut + " proc. od przyszłego roku";
        text =
            "Minister finansów ogłosił w poniedziałek, że podatek zostanie obniżony o "
                + cut
                + " proc., ale nie wszyscy ekonomiści są z tego zadowoleni. Jak twierdzą, deficyt"
                + " sięgnie "
                + (cut * 7 + 60)
                + " mld zł i nie wiadomo, skąd rząd weźmie pieniądze (komunikat nr "
                + number
                + ").";
      }
      default -> throw new IllegalStateException("unhandled kind " + kind);
    }
    return new GeneratedArticle(
        a.id(),
        a.publishedAt(),
        title,
        text,
        a.source(),
        a.url(),
        a.lang(),
        "HOSTILE_" + kind.name());
  }
}
