package com.newspulse.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.testing.JavaSerialization;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleFactoryTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);
  private static final GeneratorSettings SETTINGS =
      new GeneratorSettings(20_000, FROM, TO, 42, false);
  private static final ArticleFactory FACTORY = new ArticleFactory(SETTINGS);

  @Test
  void sameSettingsAndIndexGiveEqualArticlesWhateverTheCallOrder() {
    ArticleFactory other = new ArticleFactory(SETTINGS);
    List<GeneratedArticle> forward = new ArrayList<>();
    for (long i = 0; i < 200; i++) {
      forward.add(FACTORY.generate(i));
    }
    for (long i = 199; i >= 0; i--) {
      assertThat(other.generate(i)).isEqualTo(forward.get((int) i));
    }
  }

  @Test
  void hostileItemsOfOneKindAreNotExactCopiesOfEachOther() {
    // Exact copies would be dropped as duplicates before enrich sees them (a fuzz corpus once
    // carried 143 Polish stories of which 1 reached the language gate).
    ArticleFactory hostile =
        new ArticleFactory(new GeneratorSettings(20_000, FROM, TO, 42, false, true));
    int kinds = HostileText.Kind.values().length;
    Set<String> texts = new HashSet<>();
    for (int n = HostileText.Kind.MISLABELLED_LANGUAGE.ordinal(); n < 2_000; n += kinds) {
      GeneratedArticle a = hostile.generate((long) n * HostileText.PERIOD + HostileText.PERIOD - 1);
      assertThat(a.defect()).isEqualTo("HOSTILE_MISLABELLED_LANGUAGE");
      assertThat(texts.add(a.title() + "\n" + a.text())).as(a.id()).isTrue();
    }
    assertThat(texts).hasSize(142);
  }

  @Test
  void shortTextKeepsTheStorysFirstTwoSentencesAndEverythingElse() {
    ArticleFactory short_ =
        new ArticleFactory(new GeneratorSettings(20_000, FROM, TO, 42, false, false, true));
    long chars = 0;
    for (int i = 0; i < 200; i++) {
      GeneratedArticle full = FACTORY.generate(i);
      GeneratedArticle cut = short_.generate(i);
      assertThat(cut.id()).isEqualTo(full.id());
      assertThat(cut.title()).isEqualTo(full.title());
      assertThat(cut.publishedAt()).isEqualTo(full.publishedAt());
      assertThat(full.text()).startsWith(cut.text());
      assertThat(cut.text().split("[.!?](\\s|$)")).hasSize(2);
      chars += cut.text().length() + cut.title().length();
    }
    // A feed item's size: a headline and a two-sentence summary.
    assertThat(chars / 200).isBetween(150L, 450L);
    assertThat(ArticleFactory.firstSentences("One. Two! Three? Four.", 2)).isEqualTo("One. Two!");
    assertThat(ArticleFactory.firstSentences("Only one.", 2)).isEqualTo("Only one.");
  }

  @Test
  void survivesJavaSerializationWithIdenticalOutput() throws Exception {
    ArticleFactory copy = JavaSerialization.roundTrip(FACTORY);

    assertThat(JavaSerialization.serialize(FACTORY).length)
        .as("factory should be cheap to ship to executors")
        .isLessThan(1_000);
    assertThat(copy.generate(1234)).isEqualTo(FACTORY.generate(1234));
  }

  @Test
  void differentSeedGivesDifferentArticles() {
    ArticleFactory seed43 = new ArticleFactory(new GeneratorSettings(20_000, FROM, TO, 43, false));

    for (long i = 0; i < 50; i++) {
      GeneratedArticle a = FACTORY.generate(i);
      GeneratedArticle b = seed43.generate(i);
      assertThat(b.id()).isEqualTo("gen-43-" + i).isNotEqualTo(a.id());
      assertThat(b.text()).isNotEqualTo(a.text());
    }
  }

  @Test
  void fillsIdSourceUrlAndLanguage() {
    Set<String> outlets =
        Set.of(
            "Global Wire",
            "Market Ledger",
            "Tech Dispatch",
            "Capital Herald",
            "Asia Business Daily",
            "Energy Monitor",
            "Policy Review",
            "Daily Chronicle");
    Set<String> seen = new HashSet<>();
    for (long i = 0; i < 500; i++) {
      GeneratedArticle a = FACTORY.generate(i);
      assertThat(a.id()).isEqualTo("gen-42-" + i);
      assertThat(a.source()).isIn(outlets);
      assertThat(a.url())
          .isEqualTo(
              "https://example."
                  + a.source().toLowerCase().replace(' ', '-')
                  + ".test/gen-42-"
                  + i);
      assertThat(a.lang()).isEqualTo("en");
      assertThat(a.defect()).isNull();
      assertThat(a.title()).isNotBlank().doesNotEndWith(".");
      seen.add(a.source());
    }
    assertThat(seen).isEqualTo(outlets);
  }

  @Test
  void publishedAtIsAnIsoInstantWithinTheRange() {
    for (long i = 0; i < 5_000; i++) {
      String at = FACTORY.generate(i).publishedAt();
      assertThat(at).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
      LocalDate day = LocalDate.ofInstant(Instant.parse(at), ZoneOffset.UTC);
      assertThat(day).isBetween(FROM, TO);
    }
  }

  @Test
  void textLengthIs150To1500WordsSkewedTo300To700() {
    int[] words = new int[2_000];
    for (int i = 0; i < words.length; i++) {
      words[i] = FACTORY.generate(i).text().split("\\s+").length;
    }
    Arrays.sort(words);
    long core = Arrays.stream(words).filter(w -> w >= 300 && w <= 700).count();

    assertThat(words[0]).isGreaterThanOrEqualTo(150);
    assertThat(words[words.length - 1]).isLessThanOrEqualTo(1_500).isGreaterThan(1_000);
    assertThat(words[words.length / 2]).isBetween(300, 700);
    assertThat(core).isGreaterThan(words.length / 2);
  }

  @Test
  void cleanRowsNeverCollideByIdOrText() {
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (long i = 0; i < 20_000; i++) {
      GeneratedArticle a = FACTORY.generate(i);
      ids.add(a.id());
      texts.add(a.text());
    }
    assertThat(ids).hasSize(20_000);
    assertThat(texts).hasSize(20_000);
  }

  @Test
  void exercisesUnicodeAndAmounts() {
    StringBuilder all = new StringBuilder();
    for (long i = 0; i < 2_000; i++) {
      all.append(FACTORY.generate(i).text()).append('\n');
    }
    String text = all.toString();

    assertThat(text)
        .contains(
            "’",
            "“",
            "Huawei's",
            "Huawei’s",
            "Erdoğan",
            "Société Générale",
            "Nestlé",
            "São Paulo",
            "$5.5 billion",
            "up to $500 billion",
            "%",
            " trillion",
            "€");
    assertThat(text).doesNotContain("\u0000", "\uFFFD", "{", "}", "  ");
  }

  @Test
  void rejectsIndexesOutsideTheArticleRange() {
    assertThatThrownBy(() -> FACTORY.generate(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be in [0, 20000), got -1");
    assertThatThrownBy(() -> FACTORY.generate(20_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be in [0, 20000), got 20000");
  }

  @Test
  void burstDaysStartTwoThirdsIntoTheRange() {
    assertThat(FACTORY.exportControlsBurstDays())
        .containsExactly(
            LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 3));
    assertThat(burstDays(FROM, FROM.plusDays(9)))
        .containsExactly(FROM.plusDays(6), FROM.plusDays(7), FROM.plusDays(8));
    assertThat(burstDays(FROM, FROM.plusDays(3)))
        .containsExactly(FROM.plusDays(1), FROM.plusDays(2), FROM.plusDays(3));
    assertThat(burstDays(FROM, FROM.plusDays(1))).containsExactly(FROM, FROM.plusDays(1));
    assertThat(burstDays(FROM, FROM)).containsExactly(FROM);
  }

  @Test
  void describesThePlantedTruth() {
    assertThat(FACTORY.burstThemeId()).isEqualTo("EXPORT_CONTROLS");
    assertThat(FACTORY.rampEntityName()).isEqualTo("Huawei");
    assertThat(FACTORY.quietEntityName()).isEqualTo("Toyota");
    assertThat(ArticleFactory.defectKinds())
        .containsExactly(
            "NULL_TEXT",
            "BLANK_TEXT",
            "MISSING_DATE",
            "UNPARSABLE_DATE",
            "DATE_OUT_OF_RANGE",
            "TEXT_TOO_LARGE",
            "INVALID_CHARACTERS",
            "DUPLICATE_ID",
            "DUPLICATE_CONTENT");
  }

  @Test
  void singleDayRangeStillWorks() {
    ArticleFactory oneDay = new ArticleFactory(new GeneratorSettings(100, FROM, FROM, 1, false));

    for (long i = 0; i < 100; i++) {
      assertThat(oneDay.generate(i).publishedAt()).startsWith("2025-01-01T");
    }
  }

  private static List<LocalDate> burstDays(LocalDate from, LocalDate to) {
    return new ArticleFactory(new GeneratorSettings(1, from, to, 1, false))
        .exportControlsBurstDays();
  }
}
