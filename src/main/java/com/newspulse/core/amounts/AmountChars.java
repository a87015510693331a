package com.newspulse.core.amounts;

/**
 * The chars the amount patterns are written with, as a regex class and as predicates for the
 * shortcuts that check a char before running a pattern.
 */
final class AmountChars {
  private AmountChars() {}

  /** The spaces allowed inside an amount: space, no-break space, narrow no-break space. */
  static final String SP = "[ \\u00A0\\u202F]";

  /** The chars of SP. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
