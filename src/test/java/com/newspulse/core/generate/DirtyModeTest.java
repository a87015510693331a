package com.newspulse.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DirtyModeTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);
  private static final ArticleFactory DIRTY =
      new ArticleFactory(new GeneratorSettings(2_000, FROM, TO, 42, true));
  private static final ArticleFactory CLEAN =
      new ArticleFactory(new GeneratorSettings(2_000, FROM, TO, 42, false));

  private static final Map<String, List<Long>> BY_KIND = new TreeMap<>();

  @BeforeAll
  static void generate() {
    for (long i = 0; i < 2_000; i++) {
      String kind = DIRTY.generate(i).defect();
      if (kind != null) {
        BY_KIND.computeIfAbsent(kind, k -> new ArrayList<>()).add(i);
      }
    }
  }

  @Test
  void aboutOneRowInFortyIsADefectAndEveryKindOccurs() {
    int defects = BY_KIND.values().stream().mapToInt(List::size).sum();

    assertThat(defects).isBetween(49, 50);
    assertThat(BY_KIND.keySet()).containsExactlyInAnyOrderElementsOf(ArticleFactory.defectKinds());
    assertThat(BY_KIND.values()).allSatisfy(rows -> assertThat(rows).hasSizeBetween(5, 6));
  }

  @Test
  void cleanRowsAreIdenticalInDirtyMode() {
    for (long i = 0; i < 2_000; i++) {
      GeneratedArticle dirty = DIRTY.generate(i);
      if (dirty.defect() == null) {
        assertThat(dirty).isEqualTo(CLEAN.generate(i));
      }
    }
  }

  @Test
  void textDefects() {
    rows("NULL_TEXT").forEach(a -> assertThat(a.text()).isNull());
    rows("NULL_TEXT").forEach(a -> assertThat(a.title()).isNull());
    rows("BLANK_TEXT").forEach(a -> assertThat(a.text()).isIn("   \n ", "\u200B\u00A0\u0301"));
    rows("BLANK_TEXT").forEach(a -> assertThat(a.title() == null || a.title().isBlank()).isTrue());
    rows("TEXT_TOO_LARGE").forEach(a -> assertThat(a.text()).hasSize(2_100_000));
    for (long i : BY_KIND.get("INVALID_CHARACTERS")) {
      String text = DIRTY.generate(i).text();
      assertThat(text).containsAnyOf("\u0000", "\uFFFD");
      assertThat(text.replace("\u0000", "").replace("\uFFFD", ""))
          .isEqualTo(CLEAN.generate(i).text());
    }
  }

  @Test
  void dateDefects() {
    rows("MISSING_DATE").forEach(a -> assertThat(a.publishedAt()).isNull());
    assertThat(rows("UNPARSABLE_DATE").stream().map(GeneratedArticle::publishedAt))
        .containsOnly("next Tuesday", "2024-13-45")
        .contains("next Tuesday", "2024-13-45");
    assertThat(rows("DATE_OUT_OF_RANGE").stream().map(GeneratedArticle::publishedAt))
        .containsOnly("1899-12-31T00:00:00Z", "2999-01-01")
        .contains("1899-12-31T00:00:00Z", "2999-01-01");
  }

  @Test
  void duplicateIdRowsRepeatThePreviousCleanArticle() {
    for (long i : BY_KIND.get("DUPLICATE_ID")) {
      GeneratedArticle previous = CLEAN.generate(i - 1);
      assertThat(DIRTY.generate(i - 1)).isEqualTo(previous);
      assertThat(DIRTY.generate(i))
          .isEqualTo(
              new GeneratedArticle(
                  previous.id(),
                  previous.publishedAt(),
                  previous.title(),
                  previous.text(),
                  previous.source(),
                  previous.url(),
                  previous.lang(),
                  "DUPLICATE_ID"));
    }
  }

  @Test
  void duplicateContentRowsCopyTitleAndTextUnderANewId() {
    for (long i : BY_KIND.get("DUPLICATE_CONTENT")) {
      GeneratedArticle previous = DIRTY.generate(i - 1);
      GeneratedArticle copy = DIRTY.generate(i);
      assertThat(previous.defect()).isNull();
      assertThat(copy.id()).isEqualTo("gen-42-" + i).isNotEqualTo(previous.id());
      assertThat(copy.title()).isEqualTo(previous.title());
      assertThat(copy.text()).isEqualTo(previous.text());
      assertThat(copy.publishedAt()).isEqualTo(CLEAN.generate(i).publishedAt());
    }
  }

  @Test
  void cleanRowsHaveNoDefectMarkers() {
    Set<String> ids = new HashSet<>();
    for (long i = 0; i < 2_000; i++) {
      GeneratedArticle a = CLEAN.generate(i);
      assertThat(a.defect()).isNull();
      assertThat(a.text()).doesNotContain("\u0000", "\uFFFD").isNotBlank();
      assertThat(ids.add(a.id())).isTrue();
    }
  }

  private static List<GeneratedArticle> rows(String kind) {
    return BY_KIND.get(kind).stream().map(DIRTY::generate).toList();
  }
}
