package com.newspulse.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measures the planted trends on 40,000 generated rows (90 days, about 440 a day). */
class PlantedTrendsTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);
  private static final ArticleFactory FACTORY =
      new ArticleFactory(new GeneratorSettings(40_000, FROM, TO, 7, false));

  /** Per day: rows, export-control stories, Huawei mentions, Toyota mentions. */
  private static final TreeMap<LocalDate, int[]> DAYS = new TreeMap<>();

  private static final List<GeneratedArticle> EXPORT_STORIES = new ArrayList<>();

  @BeforeAll
  static void generate() {
    for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
      DAYS.put(d, new int[4]);
    }
    for (long i = 0; i < 40_000; i++) {
      GeneratedArticle a = FACTORY.generate(i);
      int[] c = DAYS.get(LocalDate.parse(a.publishedAt().substring(0, 10)));
      c[0]++;
      if (a.text().contains("export controls")) {
        c[1]++;
        EXPORT_STORIES.add(a);
      }
      c[2] += a.text().contains("Huawei") ? 1 : 0;
      c[3] += a.text().contains("Toyota") ? 1 : 0;
    }
  }

  @Test
  void exportControlShareBurstsOnTheThreeBurstDaysOnly() {
    Set<LocalDate> burst = Set.copyOf(FACTORY.exportControlsBurstDays());
    int[] inBurst = new int[2];
    int[] outside = new int[2];
    DAYS.forEach(
        (day, c) -> {
          int[] sum = burst.contains(day) ? inBurst : outside;
          sum[0] += c[0];
          sum[1] += c[1];
          if (burst.contains(day)) {
            assertThat(share(c, 1)).as("export share on burst day %s", day).isGreaterThan(0.30);
          } else {
            assertThat(share(c, 1)).as("export share on %s", day).isLessThan(0.10);
          }
        });

    assertThat(burst).hasSize(3);
    assertThat((double) inBurst[1] / inBurst[0]).isBetween(0.40, 0.50);
    assertThat((double) outside[1] / outside[0]).isBetween(0.01, 0.03);
  }

  @Test
  void burstDaysHaveOrdinaryVolume() {
    Set<LocalDate> burst = Set.copyOf(FACTORY.exportControlsBurstDays());
    for (LocalDate day : burst) {
      double typical =
          DAYS.entrySet().stream()
              .filter(e -> !burst.contains(e.getKey()) && weekend(e.getKey()) == weekend(day))
              .mapToInt(e -> e.getValue()[0])
              .average()
              .orElseThrow();
      assertThat((double) DAYS.get(day)[0])
          .as("volume on %s", day)
          .isBetween(0.8 * typical, 1.2 * typical);
    }
  }

  @Test
  void weekdaysCarryAboutTwoAndAHalfTimesTheVolumeOfWeekends() {
    double weekday =
        DAYS.entrySet().stream()
            .filter(e -> !weekend(e.getKey()))
            .mapToInt(e -> e.getValue()[0])
            .average()
            .orElseThrow();
    double weekendDay =
        DAYS.entrySet().stream()
            .filter(e -> weekend(e.getKey()))
            .mapToInt(e -> e.getValue()[0])
            .average()
            .orElseThrow();

    assertThat(weekday / weekendDay).isBetween(2.3, 2.7);
  }

  @Test
  void everyExportStoryCarriesItsMarkersInTheSameSentences() {
    assertThat(EXPORT_STORIES).hasSizeGreaterThan(400);
    for (GeneratedArticle a : EXPORT_STORIES) {
      List<String> sentences = List.of(a.text().split("(?<=\\.) |\n+"));
      assertThat(sentences).anySatisfy(s -> assertThat(s).contains("export controls", "China"));
      assertThat(sentences)
          .anySatisfy(
              s -> assertThat(s).contains("H20", "China").containsAnyOf("Nvidia", "NVIDIA"));
      assertThat(sentences)
          .anySatisfy(
              s ->
                  assertThat(s)
                      .contains("China")
                      .containsAnyOf(
                          "Commerce Department", "Bureau of Industry and Security (BIS)"));
    }
  }

  @Test
  void huaweiShareRampsFromAboutOneToAboutTwentyPercent() {
    List<int[]> days = new ArrayList<>(DAYS.values());
    double first = share(days.subList(0, 9), 2);
    double middle = share(days.subList(40, 49), 2);
    double last = share(days.subList(81, 90), 2);

    assertThat(first).isBetween(0.005, 0.04);
    assertThat(middle).isBetween(0.08, 0.13);
    assertThat(last).isBetween(0.16, 0.22);
  }

  @Test
  void toyotaShareIsSteadyAcrossTheRange() {
    List<int[]> days = new ArrayList<>(DAYS.values());
    for (int decile = 0; decile < 10; decile++) {
      double share = share(days.subList(decile * 9, decile * 9 + 9), 3);
      assertThat(share).as("Toyota share in decile %d", decile).isBetween(0.045, 0.075);
    }
    List<int[]> burst = FACTORY.exportControlsBurstDays().stream().map(DAYS::get).toList();
    assertThat(share(burst, 3)).as("Toyota share on burst days").isBetween(0.03, 0.09);
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static double share(int[] counts, int column) {
    return (double) counts[column] / counts[0];
  }

  private static double share(List<int[]> days, int column) {
    int rows = days.stream().mapToInt(c -> c[0]).sum();
    int hits = days.stream().mapToInt(c -> c[column]).sum();
    return (double) hits / rows;
  }
}
