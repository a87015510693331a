package com.newspulse.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateTest {

  /** Phrases that must come only from planted templates, or the planted shares would leak. */
  private static final String[] PLANTED_ONLY = {
    "export control",
    "export restriction",
    "entity list",
    "chip curbs",
    "H20",
    "BIS",
    "Bureau of Industry and Security",
    "Commerce Department",
    "Huawei",
    "Toyota"
  };

  @Test
  void rendersSlotsAndCapitalisesTheSentence() {
    Template t = Template.of("{@voters} votes; {@voters} again on {weekday}.");
    StringBuilder out = new StringBuilder();
    int words =
        t.render(
            out,
            (sb, slot, subject) -> {
              sb.append(slot).append(subject ? " !" : " ?");
              return 2;
            });

    assertThat(out).hasToString("VOTERS ! votes; VOTERS ! again on WEEKDAY ?.");
    assertThat(words).isEqualTo(9);
    assertThat(t.raw()).isEqualTo("{@voters} votes; {@voters} again on {weekday}.");
  }

  @Test
  void subjectSlotRepeatsItsValueWithinOneArticle() {
    ArticleWriter writer = new ArticleWriter(new SplittableRandom(1), 0);
    StringBuilder out = new StringBuilder();
    Template.of("{@bigco}|{@bigco}|{@bigco}").render(out, writer);

    String[] parts = out.toString().split("\\|");
    assertThat(parts).hasSize(3).containsOnly(parts[0]);
  }

  @Test
  void renderCountsWordsExactlyForEveryTemplateAndSlotValue() {
    for (Template t : allTemplates()) {
      for (int seed = 0; seed < 200; seed++) {
        StringBuilder out = new StringBuilder();
        int words = t.render(out, new ArticleWriter(new SplittableRandom(seed), seed % 7));
        assertThat(words).as(out.toString()).isEqualTo(out.toString().split("\\s+").length);
        assertThat(Character.isLowerCase(out.charAt(0))).as(out.toString()).isFalse();
      }
    }
  }

  @Test
  void rejectsUnknownAndComputedSubjectSlots() {
    assertThatThrownBy(() -> Template.of("A {nope} here."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown slot {nope} in template: A {nope} here.");
    assertThatThrownBy(() -> Template.of("A {@money} here."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("{@money} cannot be a subject (no word list): A {@money} here.");
    assertThatThrownBy(() -> Template.of("A {country here."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unclosed '{' in template: A {country here.");
  }

  @Test
  void plantedWordingAppearsOnlyInPlantedTemplates() {
    List<Template> background = new ArrayList<>(Arrays.asList(FillerSentences.ALL));
    for (StoryKit kit : BackgroundStories.KITS) {
      background.addAll(Arrays.asList(kit.titles()));
      background.addAll(Arrays.asList(kit.leads()));
      background.addAll(Arrays.asList(kit.body()));
    }
    assertThat(background).hasSizeGreaterThan(150);
    assertThat(background).allSatisfy(t -> assertThat(t.raw()).doesNotContain(PLANTED_ONLY));

    StoryKit export = PlantedStories.EXPORT_CONTROLS;
    assertThat(export.leads())
        .allSatisfy(
            t ->
                assertThat(t.raw())
                    .contains("export controls", "China")
                    .containsAnyOf("Nvidia", "NVIDIA"));
    assertThat(export.required()[0])
        .allSatisfy(
            t ->
                assertThat(t.raw())
                    .contains("China")
                    .containsAnyOf("Commerce Department", "Bureau of Industry and Security (BIS)"));
    assertThat(export.required()[1])
        .allSatisfy(
            t -> assertThat(t.raw()).contains("H20", "China").containsAnyOf("Nvidia", "NVIDIA"));
    assertThat(PlantedStories.HUAWEI)
        .allSatisfy(
            t ->
                assertThat(t.raw())
                    .contains("Huawei")
                    .doesNotContain("export", "entity list", "chip curbs", "Toyota"));
    assertThat(PlantedStories.TOYOTA)
        .allSatisfy(
            t ->
                assertThat(t.raw())
                    .contains("Toyota")
                    .doesNotContain("export", "entity list", "chip curbs", "Huawei"));
  }

  private static List<Template> allTemplates() {
    List<Template> all = new ArrayList<>(Arrays.asList(FillerSentences.ALL));
    List<StoryKit> kits = new ArrayList<>(BackgroundStories.KITS);
    kits.add(PlantedStories.EXPORT_CONTROLS);
    for (StoryKit kit : kits) {
      all.addAll(Arrays.asList(kit.titles()));
      all.addAll(Arrays.asList(kit.leads()));
      all.addAll(Arrays.asList(kit.body()));
      for (Template[] pool : kit.required()) {
        all.addAll(Arrays.asList(pool));
      }
    }
    all.addAll(Arrays.asList(PlantedStories.HUAWEI));
    all.addAll(Arrays.asList(PlantedStories.TOYOTA));
    return all;
  }

  @Test
  void poolsFitTheUsedTemplateBitmasks() {
    assertThat(FillerSentences.ALL.length).isLessThanOrEqualTo(64);
    assertThat(BackgroundStories.KITS)
        .allSatisfy(k -> assertThat(k.body().length).isBetween(4, 64));
    assertThat(PlantedStories.EXPORT_CONTROLS.body().length).isBetween(4, 64);
  }
}
