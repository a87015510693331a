package com.newspulse.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.newspulse.testing.JavaSerialization;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

  /** Hand-written test article (156 words). */
  static final String CHIP_BAN_ARTICLE =
      """
            Nvidia hit as US widens export controls on AI chips

            WASHINGTON - The Commerce Department on Tuesday widened its export controls on advanced AI chips, \
            barring Nvidia from selling its H20 accelerators to customers in China without a licence. The export \
            ban also covers chips made by AMD and Intel.

            In a filing, Nvidia said the new export controls would cost it about $5.5 billion in the current \
            quarter. Shares of Nvidia fell 6% in early trading, while AMD dropped 3%.

            Officials at the Bureau of Industry and Security said the rules aim to keep advanced AI chips out of \
            Chinese military supercomputers. Beijing called the export controls "economic bullying" and said \
            Chinese chipmakers such as Huawei would fill the gap.

            Analysts warned that the export ban could push Chinese buyers toward Huawei's Ascend processors and \
            hurt Nvidia's data center revenue. Jensen Huang, the chief executive of Nvidia, has lobbied against \
            tighter export controls for months.
            """;

  private final KeywordExtractor extractor = new KeywordExtractor(10, 3);

  @Test
  void scoresMatchHandComputedYakeFeatures() {
    // Terms: nvidia(tf1, s0) build(2) chip(2) intel(1, s1) oregon(1, s1, tag n); "in" is a stop
    // word.
    // mean TF 1.4, std sqrt(0.24), MaxTF 2, two sentences; TRel from window-1 neighbours, e.g.
    // build: left {nvidia, intel} 2/2, right {chip} 1/2 -> 1 + (1 + 0.5) * 2/2 = 2.5.
    // S: nvidia 0.20561814081840288, build = chip 0.6842906264652157, intel 0.7141252590974652,
    // oregon 0.2905850417225332. "chips in oregon": P(in|chip) = 1/2, P(oregon|in) = 1 -> p = 0.5,
    // prod *= 1.5, sum -= 0.5. Near-duplicates "nvidia builds", "builds chips", "intel builds" are
    // dropped.
    List<Keyword> keywords =
        new KeywordExtractor(20, 3).extract("Nvidia builds chips. Intel builds chips in Oregon.");

    assertThat(keywords)
        .extracting(Keyword::text)
        .containsExactly(
            "nvidia builds chips",
            "intel builds chips",
            "nvidia",
            "chips in oregon",
            "builds",
            "chips",
            "oregon",
            "intel");
    double[] expected = {
      0.0374024823159781,
      0.10847343592864818,
      0.17054997254671725,
      0.20223191472749336,
      0.203139118544322,
      0.203139118544322,
      0.22515760862584597,
      0.41661206222086244
    };
    for (int i = 0; i < expected.length; i++) {
      assertThat(keywords.get(i).score())
          .as(keywords.get(i).text())
          .isCloseTo(expected[i], within(1e-12));
      assertThat(keywords.get(i).rank()).isEqualTo(i + 1);
    }
  }

  @Test
  void chipBanArticleTopFive() {
    List<Keyword> keywords = extractor.extract(CHIP_BAN_ARTICLE);

    assertThat(keywords).hasSize(10);
    assertThat(keywords.subList(0, 5))
        .extracting(Keyword::text)
        .containsExactly("advanced ai chips", "export controls", "export", "ai", "nvidia");
    assertThat(keywords).extracting(Keyword::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(keywords).extracting(Keyword::score).isSorted();
  }

  @Test
  void outputHasNoDuplicatesOrNearDuplicates() {
    List<Keyword> keywords = new KeywordExtractor(50, 3).extract(CHIP_BAN_ARTICLE);

    assertThat(keywords).extracting(Keyword::text).doesNotHaveDuplicates();
    for (int i = 0; i < keywords.size(); i++) {
      for (int j = 0; j < i; j++) {
        assertThat(NearDuplicates.levenshteinRatio(keywords.get(i).text(), keywords.get(j).text()))
            .as("%s ~ %s", keywords.get(i).text(), keywords.get(j).text())
            .isLessThan(KeywordExtractor.DEDUP_THRESHOLD);
      }
    }
    // "export controls" is kept; its longer variants are containment near-duplicates of it.
    assertThat(keywords)
        .extracting(Keyword::text)
        .contains("export controls")
        .doesNotContain("widens export controls", "tighter export controls", "export control");
  }

  @Test
  void legalFormsAndWebAddressPiecesAreNoKeywords() {
    List<Keyword> keywords =
        new KeywordExtractor(50, 3)
            .extract(
                "Acme Inc. opened a lab. Visit acme.com or https://www.acme.com/lab.html for"
                    + " details. Zenith Corp. and Orbit Ltd. joined Acme Inc. at the lab.");

    assertThat(keywords)
        .extracting(Keyword::text)
        .contains("acme", "zenith", "orbit")
        .noneMatch(
            k ->
                List.of(k.split(" ")).stream()
                    .anyMatch(
                        w ->
                            List.of("inc", "corp", "ltd", "com", "www", "https", "html")
                                .contains(w)));
  }

  @Test
  void caseVariantsCollapseToOneLowercaseKeyword() {
    List<Keyword> keywords =
        extractor.extract("NVIDIA rallies. Traders bought Nvidia. Analysts like nvidia.");

    assertThat(keywords).extracting(Keyword::text).containsOnlyOnce("nvidia");
    assertThat(keywords).allSatisfy(k -> assertThat(k.text()).isLowerCase());
  }

  @Test
  void pluralVariantIsDroppedAsNearDuplicate() {
    List<Keyword> keywords =
        extractor.extract(
            "Tariff talks stalled. The tariff threat grew. New tariffs hit steel. Steel tariffs rose.");

    assertThat(keywords)
        .extracting(Keyword::text)
        .containsOnlyOnce("tariff")
        .doesNotContain("tariffs");
  }

  @Test
  void stopWordsNeverStartOrEndAKeyword() {
    for (String text :
        List.of(
            CHIP_BAN_ARTICLE,
            "The minister of finance said that the budget of the state was cut by the parliament of France.")) {
      for (Keyword k : new KeywordExtractor(40, 3).extract(text)) {
        String[] words = k.text().split(" ");
        assertThat(StopWords.ENGLISH)
            .as(k.text())
            .doesNotContain(words[0], words[words.length - 1]);
      }
    }
  }

  @Test
  void innerStopWordIsAllowed() {
    List<Keyword> keywords =
        new KeywordExtractor(40, 3)
            .extract(
                "The minister of finance said that the budget of the state was cut by the parliament of France.");

    assertThat(keywords)
        .extracting(Keyword::text)
        .contains("minister of finance", "parliament of france");
  }

  @Test
  void candidatesContainNoNumbersMixedTokensOrPunctuation() {
    List<Keyword> keywords = new KeywordExtractor(50, 3).extract(CHIP_BAN_ARTICLE);

    assertThat(keywords)
        .extracting(Keyword::text)
        .allSatisfy(
            text -> {
              assertThat(text).doesNotContainPattern("\\d");
              assertThat(text).doesNotContainPattern("[,.;:\"$%]");
            });
    // a comma splits blocks: no candidate spans "AMD and Intel." / "chips, barring"
    assertThat(keywords)
        .extracting(Keyword::text)
        .doesNotContain("chips barring", "ai chips barring");
  }

  @Test
  void deterministicAcrossCallsInstancesAndSerialization() throws Exception {
    List<Keyword> first = extractor.extract(CHIP_BAN_ARTICLE);

    assertThat(extractor.extract(CHIP_BAN_ARTICLE)).isEqualTo(first);
    assertThat(new KeywordExtractor(10, 3).extract(CHIP_BAN_ARTICLE)).isEqualTo(first);
    assertThat(roundTrip(extractor).extract(CHIP_BAN_ARTICLE)).isEqualTo(first);
  }

  @Test
  void respectsMaxKeywordsAndMaxNgram() {
    List<Keyword> unigrams = new KeywordExtractor(3, 1).extract(CHIP_BAN_ARTICLE);

    assertThat(unigrams).extracting(Keyword::text).containsExactly("export", "ai", "nvidia");
    assertThat(new KeywordExtractor(40, 2).extract(CHIP_BAN_ARTICLE))
        .allSatisfy(k -> assertThat(k.text().split(" ")).hasSizeLessThanOrEqualTo(2));
  }

  @Test
  void emptyInputs() {
    assertThat(extractor.extract(null)).isEmpty();
    assertThat(extractor.extract("   \n ")).isEmpty();
    assertThat(extractor.extract("the of and, 2024 ... !")).isEmpty();
  }

  @Test
  void rejectsBadConfiguration() {
    assertThatThrownBy(() -> new KeywordExtractor(0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeywordExtractor(10, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeywordExtractor(10, 7))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Keyword("x", 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stopWordListIsBundled() {
    assertThat(StopWords.ENGLISH)
        .hasSizeBetween(300, 400)
        .contains("the", "of", "said", "us")
        .doesNotContain("ai");
  }

  private static KeywordExtractor roundTrip(KeywordExtractor original) throws Exception {
    return JavaSerialization.roundTrip(original);
  }
}
