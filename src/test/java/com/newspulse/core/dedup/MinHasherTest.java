package com.newspulse.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  // Written for this test; about 80 words.
  private static final String HARBOUR =
      "The port authority of a small coastal town said on Tuesday that"
          + " its new container terminal would open in the spring after two years of delays. Local fishermen"
          + " had opposed the project because dredging disturbed the bay, but the council approved a plan to"
          + " fund a hatchery and to limit night shipping. Officials expect the terminal to handle about forty"
          + " ships a month and to create several hundred jobs in warehousing, trucking and repair, which the"
          + " mayor called the biggest change for the harbour in a generation.";

  /** The same story with three words edited and different punctuation and case. */
  private static final String HARBOUR_EDITED =
      HARBOUR
          .replace("Tuesday", "Wednesday")
          .replace("about forty", "about fifty")
          .replace("The port authority", "THE PORT AUTHORITY")
          .replace("delays.", "delays;");

  private static final String ORCHARD =
      "Apple growers in the northern valley reported a late frost that"
          + " damaged blossoms across several orchards, and a cooperative warned that prices for the autumn"
          + " harvest could rise. Farmers have covered young trees with fleece and run wind machines at night,"
          + " while researchers at an agricultural college are testing varieties that flower later in the"
          + " season. Buyers said supermarkets had already signed contracts, so shoppers may notice smaller"
          + " fruit rather than higher prices, at least until the winter stock runs out.";

  private final MinHasher hasher = new MinHasher();

  @Test
  void nearCopiesAreSimilarAndShareABand() {
    long[] a = hasher.signature(HARBOUR);
    long[] b = hasher.signature(HARBOUR_EDITED);
    assertThat(a).hasSize(64);
    assertThat(exactJaccard(HARBOUR, HARBOUR_EDITED, 5)).isGreaterThan(0.75);
    assertThat(MinHasher.estimateJaccard(a, b)).isGreaterThan(0.7);
    assertThat(shared(a, b)).isNotEmpty();
  }

  @Test
  void unrelatedTextsShareNothing() {
    long[] a = hasher.signature(HARBOUR);
    long[] c = hasher.signature(ORCHARD);
    assertThat(MinHasher.estimateJaccard(a, c)).isLessThan(0.05);
    assertThat(shared(a, c)).isEmpty();
  }

  @Test
  void signaturesAreDeterministic() {
    long[] first = new MinHasher().signature(HARBOUR);
    long[] second = new MinHasher(5, 64).signature(HARBOUR);
    assertThat(first).isEqualTo(second);
    assertThat(MinHasher.bandKeys(first, 16)).isEqualTo(MinHasher.bandKeys(second, 16));
    assertThat(MinHasher.bandKeys(first, 16).get(3)).matches("b3:[0-9a-f]{16}");
    assertThat(MinHasher.estimateJaccard(first, second)).isEqualTo(1.0);
  }

  @Test
  void bandKeysAreTheBandAndItsHashInSixteenHexDigits() {
    // One row per band: each key is that row's mix, printed as the published keys always were.
    long[] sig = {0L, -1L, 42L, Long.MIN_VALUE};
    List<String> keys = MinHasher.bandKeys(sig, 4);
    for (int band = 0; band < 4; band++) {
      long h = MinHasher.fmix64((0xcbf29ce484222325L ^ band) * 0x100000001b3L ^ sig[band]);
      assertThat(keys.get(band))
          .isEqualTo(String.format(java.util.Locale.ROOT, "b%d:%016x", band, h));
    }
    assertThat(keys).allMatch(k -> k.matches("b[0-3]:[0-9a-f]{16}"));
  }

  @Test
  void shortAndEmptyTexts() {
    // fewer than k words: the whole sequence is one shingle
    assertThat(hasher.signature("Rates held steady."))
        .isEqualTo(hasher.signature("rates, held; STEADY"));
    assertThat(
            MinHasher.estimateJaccard(
                hasher.signature("Rates held steady."), hasher.signature("Rates held")))
        .isLessThan(0.1);
    long[] empty = hasher.signature(" -- ");
    assertThat(empty).isEmpty();
    assertThat(hasher.signature(null)).isEmpty();
    assertThat(MinHasher.bandKeys(empty, 16)).isEmpty();
    assertThat(MinHasher.estimateJaccard(empty, empty)).isZero();
  }

  @Test
  void bandsMustDivideTheSignature() {
    assertThatThrownBy(() -> MinHasher.bandKeys(new long[64], 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bands (10) must divide the signature length (64) exactly, so that every band has the"
                + " same number of rows");
    assertThatThrownBy(() -> MinHasher.estimateJaccard(new long[64], new long[32]))
        .hasMessage("signatures differ in length: 64 vs 32 (different numHashes?)");
  }

  private static Set<String> shared(long[] a, long[] b) {
    Set<String> keys = new HashSet<>(MinHasher.bandKeys(a, MinHasher.DEFAULT_BANDS));
    keys.retainAll(MinHasher.bandKeys(b, MinHasher.DEFAULT_BANDS));
    return keys;
  }

  private static double exactJaccard(String x, String y, int k) {
    Set<String> a = shingles(MinHasher.words(x), k);
    Set<String> b = shingles(MinHasher.words(y), k);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    a.retainAll(b);
    return (double) a.size() / union.size();
  }

  private static Set<String> shingles(List<String> words, int k) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + k <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + k)));
    }
    return out;
  }

  @Test
  void pairsMustShareTwoBandsOnlyWhenThatLosesAtMostOnePercentOfTruePairs() {
    // J 0.8, 16 bands of 4 rows: p = 0.4096, P(fewer than 2 shared) = 0.0026.
    assertThat(MinHasher.minSharedBands(0.8, 64, 16)).isEqualTo(2);
    assertThat(MinHasher.minSharedBands(0.95, 64, 16)).isEqualTo(2);
    // J 0.7: p = 0.2401, P(fewer than 2) = 0.075, too many true pairs lost: one band is enough.
    assertThat(MinHasher.minSharedBands(0.7, 64, 16)).isEqualTo(1);
    assertThat(MinHasher.minSharedBands(0.5, 64, 16)).isEqualTo(1);
    // One band only: a pair can never share two.
    assertThat(MinHasher.minSharedBands(0.99, 64, 1)).isEqualTo(1);
  }
}
