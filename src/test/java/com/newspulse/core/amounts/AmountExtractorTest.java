package com.newspulse.core.amounts;

import static com.newspulse.core.amounts.AmountKind.MONEY;
import static com.newspulse.core.amounts.AmountKind.PERCENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.testing.JavaSerialization;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountExtractorTest {

  private final AmountExtractor extractor = new AmountExtractor();

  private static Amount money(
      double value,
      String currency,
      double number,
      String scale,
      String qualifier,
      int start,
      String surface) {
    return new Amount(
        MONEY, value, currency, number, scale, qualifier, start, start + surface.length(), surface);
  }

  private static Amount percent(double value, String qualifier, int start, String surface) {
    return new Amount(
        PERCENT, value, null, value, null, qualifier, start, start + surface.length(), surface);
  }

  @Test
  void dollarSymbolWithScaleWord() {
    assertThat(extractor.extract("The deal is worth $5.5 billion."))
        .containsExactly(money(5.5e9, "USD", 5.5, "billion", null, 18, "$5.5 billion"));
  }

  @Test
  void attachedScaleAbbreviationsAndPlainDollars() {
    assertThat(extractor.extract("It raised US$5.5bn and $500m, plus $1,500 in fees."))
        .containsExactly(
            money(5.5e9, "USD", 5.5, "billion", null, 10, "US$5.5bn"),
            money(5e8, "USD", 500, "million", null, 23, "$500m"),
            money(1500, "USD", 1500, null, null, 35, "$1,500"));
  }

  @Test
  void euroPoundYenSymbols() {
    assertThat(extractor.extract("€3 billion, £2.1 million and ¥100 billion."))
        .containsExactly(
            money(3e9, "EUR", 3, "billion", null, 0, "€3 billion"),
            money(2_100_000, "GBP", 2.1, "million", null, 12, "£2.1 million"),
            money(1e11, "JPY", 100, "billion", null, 29, "¥100 billion"));
  }

  @Test
  void currencyWordsAfterTheNumber() {
    assertThat(
            extractor.extract("It paid 5 billion yuan, 3.2 billion euros and 10 million dollars."))
        .containsExactly(
            money(5e9, "CNY", 5, "billion", null, 8, "5 billion yuan"),
            money(3.2e9, "EUR", 3.2, "billion", null, 24, "3.2 billion euros"),
            money(1e7, "USD", 10, "million", null, 46, "10 million dollars"));
  }

  @Test
  void isoCodesBeforeAndAfterAndRupeeCrore() {
    assertThat(
            extractor.extract("USD 4.2 billion was booked; Rs 500 crore too, and 4.2 billion USD."))
        .containsExactly(
            money(4.2e9, "USD", 4.2, "billion", null, 0, "USD 4.2 billion"),
            money(5e9, "INR", 500, "crore", null, 28, "Rs 500 crore"),
            money(4.2e9, "USD", 4.2, "billion", null, 50, "4.2 billion USD"));
    assertThat(extractor.extract("₹2 lakh"))
        .containsExactly(money(200_000, "INR", 2, "lakh", null, 0, "₹2 lakh"));
  }

  @Test
  void otherDollarPrefixesAndScaleSpellings() {
    assertThat(
            extractor.extract(
                "C$2bn, A$3 million, HK$1.2 billion, S$40m, NT$10 billion, US $7 trillion, $20k, $3.5 tn, $1 bln"))
        .containsExactly(
            money(2e9, "CAD", 2, "billion", null, 0, "C$2bn"),
            money(3e6, "AUD", 3, "million", null, 7, "A$3 million"),
            money(1.2e9, "HKD", 1.2, "billion", null, 20, "HK$1.2 billion"),
            money(4e7, "SGD", 40, "million", null, 36, "S$40m"),
            money(1e10, "TWD", 10, "billion", null, 43, "NT$10 billion"),
            money(7e12, "USD", 7, "trillion", null, 58, "US $7 trillion"),
            money(20_000, "USD", 20, "thousand", null, 74, "$20k"),
            money(3.5e12, "USD", 3.5, "trillion", null, 80, "$3.5 tn"),
            money(1e9, "USD", 1, "billion", null, 89, "$1 bln"));
    assertThat(extractor.extract("5 mln roubles and 2 trn yen and 8 mn Swiss francs"))
        .containsExactly(
            money(5e6, "RUB", 5, "million", null, 0, "5 mln roubles"),
            money(2e12, "JPY", 2, "trillion", null, 18, "2 trn yen"),
            money(8e6, "CHF", 8, "million", null, 32, "8 mn Swiss francs"));
  }

  @Test
  void qualifierStartsTheSpan() {
    assertThat(extractor.extract("Up to $500 billion could flow; up to $500 billion again."))
        .containsExactly(
            money(5e11, "USD", 500, "billion", "up to", 0, "Up to $500 billion"),
            money(5e11, "USD", 500, "billion", "up to", 31, "up to $500 billion"));
    assertThat(
            extractor.extract("about 20%; more than $1 billion; nearly €2bn; at least 5 percent"))
        .containsExactly(
            percent(20, "about", 0, "about 20%"),
            money(1e9, "USD", 1, "billion", "more than", 11, "more than $1 billion"),
            money(2e9, "EUR", 2, "billion", "nearly", 33, "nearly €2bn"),
            percent(5, "at least", 46, "at least 5 percent"));
    assertThat(extractor.extract("almost $3m and over 40% and less than 1%"))
        .extracting(Amount::qualifier)
        .containsExactly("almost", "over", "less than");
  }

  @Test
  void qualifierMustBeAWholeWord() {
    // "awesome" ends in "some", "clover" ends in "over"
    assertThat(extractor.extract("an awesome $5m and a clover 10%"))
        .extracting(Amount::qualifier)
        .containsExactly(null, null);
  }

  @Test
  void percentForms() {
    assertThat(extractor.extract("Growth was 20%, 20 percent, 20 per cent, -3.5% and a 25% stake."))
        .containsExactly(
            percent(20, null, 11, "20%"),
            percent(20, null, 16, "20 percent"),
            percent(20, null, 28, "20 per cent"),
            percent(-3.5, null, 41, "-3.5%"),
            percent(25, null, 53, "25%"));
    assertThat(extractor.extract("sales fell −3.5% after a +2% rise, a 10-percent cut, 7 pct"))
        .containsExactly(
            percent(-3.5, null, 11, "−3.5%"),
            percent(2, null, 25, "+2%"),
            percent(10, null, 37, "10-percent"),
            percent(7, null, 53, "7 pct"));
  }

  @Test
  void percentagePointsAndBasisPointsAreNotRecorded() {
    assertThat(
            extractor.extract(
                "Rates rose 0.25 percentage points and 25 basis points; 1 percentage point."))
        .isEmpty();
  }

  @Test
  void rangeYieldsOnlyTheUpperBoundPercent() {
    assertThat(extractor.extract("a 3-5% gain")).containsExactly(percent(5, null, 4, "5%"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "In 2024, the company hired 5,000 workers.",
        "The ruling came on March 5, 2024 at 10:30.",
        "Some 3.5 million people voted; the S&P 500 rose in Q3 2024.",
        "COVID-19 cases fell to 1,200 on 12/05/2024.",
        "Prices are quoted in 2024 dollars.",
        "He weighs 200 pounds and ran 5 km.",
        "The $AAPL ticker and $ signs alone.",
        "Malformed $1,5000 grouping.",
        "Mrs 500 and HRs 20 are not rupees."
      })
  void ignoresNumbersWithoutCurrencyOrPercent(String text) {
    assertThat(extractor.extract(text)).isEmpty();
  }

  @Test
  void scaleWordMustEndAtAWordBoundary() {
    assertThat(extractor.extract("$5 millionaires"))
        .containsExactly(money(5, "USD", 5, null, null, 0, "$5"));
    assertThat(extractor.extract("$5 m")).containsExactly(money(5, "USD", 5, null, null, 0, "$5"));
  }

  @Test
  void overlappingFormsKeepTheLeftmostLongest() {
    assertThat(extractor.extract("$5 billion dollars"))
        .containsExactly(money(5e9, "USD", 5, "billion", null, 0, "$5 billion"));
    assertThat(extractor.extract("2,000 dollars"))
        .containsExactly(money(2000, "USD", 2000, null, null, 0, "2,000 dollars"));
  }

  @Test
  void surfaceIsAlwaysTheSubstringOfTheSpan() {
    String text =
        "Nvidia said export controls could cost up to $5.5 billion, about 20% of sales, "
            + "while Beijing pledged 50 billion yuan and shares fell -3.5%.";
    List<Amount> amounts = extractor.extract(text);

    assertThat(amounts).hasSize(4);
    assertThat(amounts)
        .allSatisfy(a -> assertThat(text.substring(a.start(), a.end())).isEqualTo(a.surface()));
    assertThat(amounts).extracting(Amount::start).isSorted();
  }

  @Test
  void nullAndEmpty() {
    assertThat(extractor.extract(null)).isEmpty();
    assertThat(extractor.extract("")).isEmpty();
  }

  @Test
  void amountValidatesItsInvariants() {
    assertThatThrownBy(() -> new Amount(MONEY, 1, null, 1, null, null, 0, 2, "$1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Amount(PERCENT, 1, "USD", 1, null, null, 0, 2, "1%"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Amount(PERCENT, 1, null, 1, null, null, 0, 3, "1%"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serializableForSpark() throws Exception {
    AmountExtractor copy = JavaSerialization.roundTrip(extractor);
    assertThat(copy.extract("$5m"))
        .containsExactly(money(5e6, "USD", 5, "million", null, 0, "$5m"));
  }
}
