package com.newspulse.core.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AmountExtractor#extract} tries its patterns only near numbers and the qualifier only after
 * a hedge word; it must find exactly what scanning the whole text finds ({@code
 * extractByFullScan}).
 */
class AmountExtractorShortcutTest {

  private final AmountExtractor extractor = new AmountExtractor();

  private static final String[] FRAGMENTS = {
    "$",
    "US$",
    "U.S. $",
    "U.S.\u00A0$\u202F",
    "C$",
    "HK$",
    "CN\u00A5",
    "\u20AC",
    "\u00A3",
    "\u00A5",
    "\u20B9",
    "Rs.",
    "Rs",
    "RMB",
    "USD",
    "EUR ",
    "5",
    "12",
    "1,500",
    "1,5000",
    "2.5",
    "3.2.1",
    "2024",
    "1999",
    "0.25",
    "100",
    "-",
    "\u2212",
    "+",
    "%",
    " %",
    "percent",
    "per cent",
    "-percent",
    "pct",
    "percentage",
    " points",
    "billion",
    "bn",
    "m",
    "k",
    "b",
    "mln",
    "trn",
    "crore",
    "lakh",
    "million",
    "dollars",
    "euros",
    "yuan",
    "yen",
    "pounds",
    "sterling",
    "Swiss francs",
    "Hong Kong dollars",
    "USD",
    "INR",
    "rupees",
    "about",
    "up to",
    "more than",
    "as much as",
    "some",
    "over",
    "Nearly",
    "an estimated",
    "awesome",
    "clover",
    "in excess of",
    "of",
    "to",
    " ",
    " ",
    " ",
    "  ",
    "\u00A0",
    "\u202F",
    "\n",
    "\r\n",
    "\u2028",
    "\u0085",
    "\r",
    ".",
    ",",
    ";",
    "(",
    "x",
    "a",
    "\uD83D\uDE00",
    "\uD835\uDFD3",
    "\u00E9"
  };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "about \n$5 billion", "more than \r\n$5 billion", "up to \u2028\u20AC3bn", "nearly \r20%",
            "about\n$5 billion",
        "it cost 5,000. dollars", "5,000 dollars.", "U.S. $ 7 trillion", "U.S.\u00A0$\u202F7bn",
            "about  \u00A0 5%",
        "in excess of  $2m", "Some 20 percent", "we paid 5.5.5 euros", "8\uD83D\uDE00 dollars",
            "a 12 pct\u00A0stake",
        "x$5 and $$5 and 5$", "RMB5 and Rs.5 and Rs 5 crore", "3-5% and -3.5% and \u22123%",
            "2024 dollars, 2024m dollars"
      })
  void edgeCasesMatchTheFullScan(String text) {
    assertThat(extractor.extract(text)).isEqualTo(AmountExtractor.extractByFullScan(text));
  }

  @Test
  void hedgesBeforeALineBreakStillQualify() {
    // $ in the qualifier pattern also matches before a final line terminator.
    assertThat(extractor.extract("about \n$5 billion"))
        .extracting(Amount::qualifier)
        .containsExactly("about");
    assertThat(extractor.extract("more than \r\n$5 billion"))
        .extracting(Amount::qualifier)
        .containsExactly("more than");
    assertThat(extractor.extract("about\n$5 billion"))
        .extracting(Amount::qualifier)
        .containsExactly((String) null);
  }

  @Test
  void randomTextsMatchTheFullScan() {
    Random random = new Random(11);
    int amounts = 0;
    int qualified = 0;
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      int fragments = 1 + random.nextInt(30);
      for (int k = 0; k < fragments; k++) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        if (random.nextInt(2) == 0) {
          text.append(' ');
        }
      }
      String s = text.toString();
      List<Amount> expected = AmountExtractor.extractByFullScan(s);
      assertThat(extractor.extract(s)).as(s).isEqualTo(expected);
      amounts += expected.size();
      qualified += (int) expected.stream().filter(a -> a.qualifier() != null).count();
    }
    assertThat(amounts).isGreaterThan(1000);
    assertThat(qualified).isGreaterThan(50);
  }

  @Test
  void generatedLookingTextMatchesTheFullScan() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Nvidia said export controls could cost up to $5.5 billion, about 20% of sales, "
                    + "while Beijing pledged 50 billion yuan and shares fell -3.5%.",
                "Consumer prices rose 2.3% in May; the balance sheet stands at about $6.8 trillion. "
                    + "Mortgage rates have hovered near 5.39% and wage growth slowed to 2.1%.",
                "In 2024, the company hired 5,000 workers. The ruling came on March 5, 2024 at 10:30."));
    for (String text : texts) {
      assertThat(extractor.extract(text)).isEqualTo(AmountExtractor.extractByFullScan(text));
    }
  }
}
