package com.newspulse.core.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTermsTest {
  private final TopicTerms terms = new TopicTerms();

  @Test
  void foldsDropsStopWordsNumbersAndShortWordsAndAddsAdjacentPhrases() {
    assertThat(
            terms.terms(
                "Chip curbs",
                "The new export controls on Nvidia's H20 chips, said officials in 2025."))
        .containsExactly(
            "chip",
            "curb",
            "chip_curb",
            "export",
            "control",
            "export_control",
            "nvidia", // "Nvidia" + split-off "'s": not adjacent to "export"
            "chip", // H20 is dropped, so "nvidia" and "chip" are not adjacent; "," breaks
            // "chip"/"official"
            "official");
  }

  @Test
  void punctuationAndDroppedWordsBreakPhrases() {
    assertThat(terms.terms(null, "Striker scored. Goal keeper"))
        .containsExactly("striker", "scored", "striker_scored", "goal", "keeper", "goal_keeper");
    assertThat(terms.terms(null, "farm of the year")).containsExactly("farm");
  }

  @Test
  void diacriticsApostrophesHyphensAndPlurals() {
    assertThat(terms.terms("", "Café owners’ semi-finals crisis"))
        .containsExactly(
            "cafe", "owner", "cafe_owner", "semi-final", "crisis", "semi-final_crisis");
    assertThat(TopicTerms.singular("chips")).isEqualTo("chip");
    assertThat(TopicTerms.singular("virus")).isEqualTo("virus");
    assertThat(TopicTerms.singular("glass")).isEqualTo("glass");
    assertThat(TopicTerms.singular("gas")).isEqualTo("gas");
  }

  @Test
  void labelUsesTopThreeTermsWithoutRepeatingWords() {
    assertThat(TopicLabeler.label(List.of("export", "control", "export_control", "chip", "nvidia")))
        .isEqualTo("export · control · chip");
    assertThat(TopicLabeler.label(List.of("export_control", "export", "chip", "control", "nvidia")))
        .isEqualTo("export control · chip · nvidia");
    assertThat(TopicLabeler.label(List.of())).isEqualTo("(no terms)");
  }

  @Test
  void descriptionNamesEntitiesAndThemes() {
    assertThat(
            TopicLabeler.description(
                "chip · export · control", List.of("Nvidia", "Huawei"), List.of("Export controls")))
        .isEqualTo("chip · export · control; entities: Nvidia, Huawei; themes: Export controls");
    assertThat(TopicLabeler.description("goal · match", List.of(), List.of()))
        .isEqualTo("goal · match");
  }
}
