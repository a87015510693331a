package com.newspulse.core.amounts;

import java.io.Serializable;
import java.util.Objects;

/**
 * A money amount or percentage found in a text.
 *
 * @param kind MONEY or PERCENT
 * @param value {@code number} times the scale multiplier ("$5.5 billion" -> 5.5E9); for PERCENT the
 *     percentage itself, sign included ("-3.5%" -> -3.5)
 * @param currency ISO 4217 code (USD, EUR, GBP, JPY, CNY, INR, ...) for MONEY; null for PERCENT
 * @param number the number as written, commas removed ("$1,500" -> 1500.0, "$5.5bn" -> 5.5)
 * @param scale canonical scale word: null, "thousand", "million", "billion", "trillion", or for
 *     Indian amounts "lakh" (1E5) and "crore" (1E7)
 * @param qualifier lowercased hedge before the amount ("up to", "about", "more than", ...) or null;
 *     when present the span starts at the qualifier
 * @param start char offset of the first char in the input
 * @param end char offset after the last char (exclusive)
 * @param surface {@code text.substring(start, end)}
 */
public record Amount(
    AmountKind kind,
    double value,
    String currency,
    double number,
    String scale,
    String qualifier,
    int start,
    int end,
    String surface,
    String field)
    implements Serializable {

  /** An amount in the body ({@code field = "text"}). */
  public Amount(
      AmountKind kind,
      double value,
      String currency,
      double number,
      String scale,
      String qualifier,
      int start,
      int end,
      String surface) {
    this(kind, value, currency, number, scale, qualifier, start, end, surface, "text");
  }

  /**
   * This amount at another place: {@code field} ("title" or "text") and offsets into that field.
   */
  public Amount at(String field, int start, int end, String surface) {
    return new Amount(kind, value, currency, number, scale, qualifier, start, end, surface, field);
  }

  public Amount {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(surface, "surface");
    if ((kind == AmountKind.MONEY) != (currency != null)) {
      throw new IllegalArgumentException(
          "currency must be set for MONEY and only for MONEY: " + currency);
    }
    if (start < 0 || end <= start || surface.length() != end - start) {
      throw new IllegalArgumentException(
          "bad span [" + start + ", " + end + ") for '" + surface + "'");
    }
  }
}
