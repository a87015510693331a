package com.newspulse.core.generate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic news articles with planted trends, for tests and demos.
 *
 * <p>Article {@code i} depends only on the settings and {@code i}: every choice comes from a {@link
 * SplittableRandom} seeded with SplitMix64 of (seed, index), and the factory holds no mutable
 * state. So Spark can call {@link #generate(long)} from any partition in any order and get the same
 * rows, and the factory is cheap to construct and serialize.
 *
 * <h2>How an article is drawn</h2>
 *
 * Day in {@code [from, to]}: uniform over days, weekend days accepted with probability {@value
 * #WEEKEND_WEIGHT}, so a weekday gets 2.5x a weekend day's volume. Time of day: 85% between 06:00
 * and 22:00 UTC, else any time. Outlet: one of 8, uniform. Story type: export controls with the
 * planted probability below, else the weighted background mix (markets, energy, monetary policy,
 * earnings, M&amp;A, trade, elections, AI, semiconductors, conflict, climate, autos). Length:
 * 150-1,500 words, 65% of articles 300-700.
 *
 * <h2>Planted trends</h2>
 *
 * <ol>
 *   <li><b>EXPORT_CONTROLS burst</b> ({@link #burstThemeId()}): {@value #BURST_DAYS} consecutive
 *       days starting at day offset {@code floor(2 * (days - 1) / 3)} of the range (moved back so
 *       all three fit; fewer when the range is shorter), see {@link #exportControlsBurstDays()}.
 *       There {@value #BURST_SHARE} of articles are export-control stories, on every other day
 *       {@value #BASELINE_EXPORT_SHARE}. Day volume does not change: only the share carries the
 *       signal. Every such story says "export controls", China, Nvidia/NVIDIA, H20 and Commerce
 *       Department or Bureau of Industry and Security (BIS); no other template uses "export
 *       controls", "export restrictions", "entity list", "chip curbs", "H20", "BIS" or "Commerce
 *       Department".
 *   <li><b>Ramp</b> ({@link #rampEntityName()}): the share of articles with a Huawei sentence rises
 *       linearly from {@value #RAMP_START_SHARE} on the first day to {@value #RAMP_END_SHARE} on
 *       the last. Huawei appears nowhere else.
 *   <li><b>Steady</b> ({@link #quietEntityName()}): {@value #QUIET_SHARE} of articles on every day
 *       have a Toyota sentence. Toyota appears nowhere else.
 * </ol>
 *
 * Planted mentions are sentences of their own (Huawei, Toyota) or share a sentence with their theme
 * words (export controls), so a sentence-level matcher sees them.
 *
 * <h2>Dirty mode</h2>
 *
 * Index {@code i >= 1} is a defect row when {@code (i + phase) % 40 == 0}, with {@code phase}
 * derived from the seed; the kind cycles through {@link #defectKinds()} in order, so any 360
 * consecutive indexes hold every kind. Defect rows neighbour clean rows, so the duplicate kinds
 * copy the clean article at {@code i - 1}. Clean rows are identical in clean and dirty mode.
 */
public final class ArticleFactory implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String BURST_THEME_ID = "EXPORT_CONTROLS";
  public static final String RAMP_ENTITY = "Huawei";
  public static final String QUIET_ENTITY = "Toyota";
  public static final int BURST_DAYS = 3;
  public static final double BURST_SHARE = 0.45;
  public static final double BASELINE_EXPORT_SHARE = 0.02;
  public static final double RAMP_START_SHARE = 0.01;
  public static final double RAMP_END_SHARE = 0.20;
  public static final double QUIET_SHARE = 0.06;

  /** Acceptance probability of a weekend day: weekdays get 1 / 0.4 = 2.5x the weight. */
  public static final double WEEKEND_WEIGHT = 0.4;

  public static final int DEFECT_PERIOD = 40;

  /** Sentences of a short-text body ({@link GeneratorSettings#shortText}). */
  public static final int SHORT_SENTENCES = 2;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final Defect[] DEFECTS = Defect.values();

  private final GeneratorSettings settings;
  private final long fromEpochDay;
  private final long dayCount;
  private final long burstFirst; // day offsets, inclusive
  private final long burstLast;
  private final long stream; // per-seed base of the per-index seeds
  private final int defectPhase;

  public ArticleFactory(GeneratorSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    this.settings = settings;
    this.fromEpochDay = settings.from().toEpochDay();
    this.dayCount = settings.to().toEpochDay() - fromEpochDay + 1;
    this.burstFirst = Math.min(2 * (dayCount - 1) / 3, Math.max(0, dayCount - BURST_DAYS));
    this.burstLast = Math.min(burstFirst + BURST_DAYS - 1, dayCount - 1);
    this.stream = mix64(settings.seed());
    this.defectPhase =
        (int) Math.floorMod(mix64(settings.seed() ^ 0xD1B54A32D192ED03L), (long) DEFECT_PERIOD);
  }

  /** The article at {@code index}, in {@code [0, articles)}. */
  public GeneratedArticle generate(long index) {
    if (index < 0 || index >= settings.articles()) {
      throw new IllegalArgumentException(
          "index must be in [0, " + settings.articles() + "), got " + index);
    }
    if (settings.dirty() && index >= 1 && (index + defectPhase) % DEFECT_PERIOD == 0) {
      long cycle = (index + defectPhase) / DEFECT_PERIOD;
      Defect defect = DEFECTS[(int) (cycle % DEFECTS.length)];
      GeneratedArticle previous = defect.needsPrevious() ? clean(index - 1) : null;
      return defect.plant((int) (cycle / DEFECTS.length), clean(index), previous);
    }
    if (settings.hostile() && index % HostileText.PERIOD == HostileText.PERIOD - 1) {
      return HostileText.plant(HostileText.kind(index / HostileText.PERIOD), clean(index));
    }
    return clean(index);
  }

  public GeneratorSettings settings() {
    return settings;
  }

  /** The (up to) {@value #BURST_DAYS} burst days, ascending. */
  public List<LocalDate> exportControlsBurstDays() {
    List<LocalDate> days = new ArrayList<>(BURST_DAYS);
    for (long d = burstFirst; d <= burstLast; d++) {
      days.add(LocalDate.ofEpochDay(fromEpochDay + d));
    }
    return List.copyOf(days);
  }

  public String burstThemeId() {
    return BURST_THEME_ID;
  }

  public String rampEntityName() {
    return RAMP_ENTITY;
  }

  public String quietEntityName() {
    return QUIET_ENTITY;
  }

  /** Defect kinds in cycling order, as they appear in {@link GeneratedArticle#defect()}. */
  public static List<String> defectKinds() {
    return Arrays.stream(DEFECTS).map(Enum::name).toList();
  }

  private GeneratedArticle clean(long index) {
    SplittableRandom rng = new SplittableRandom(mix64(stream + index * GOLDEN));
    long day = pickDay(rng);
    int second = rng.nextInt(100) < 85 ? 6 * 3600 + rng.nextInt(16 * 3600) : rng.nextInt(86400);
    int outlet = rng.nextInt(Outlets.NAMES.length);
    boolean burst = day >= burstFirst && day <= burstLast;
    boolean export = rng.nextDouble() < (burst ? BURST_SHARE : BASELINE_EXPORT_SHARE);
    boolean huawei = rng.nextDouble() < rampShare(day);
    boolean toyota = rng.nextDouble() < QUIET_SHARE;
    ArticleWriter.Story story =
        new ArticleWriter(rng, dayOfWeek(fromEpochDay + day))
            .write(export, huawei, toyota, Outlets.NAMES[outlet]);
    String id = "gen-" + settings.seed() + "-" + index;
    return new GeneratedArticle(
        id,
        timestamp(fromEpochDay + day, second),
        story.title(),
        settings.shortText() ? firstSentences(story.text(), SHORT_SENTENCES) : story.text(),
        Outlets.NAMES[outlet],
        "https://example." + Outlets.SLUGS[outlet] + ".test/" + id,
        "en",
        null);
  }

  /**
   * The first {@code n} sentences of {@code text} (a sentence ends with '.', '!' or '?' + space).
   */
  static String firstSentences(String text, int n) {
    java.util.regex.Matcher m = SENTENCE_END.matcher(text);
    for (int i = 0; i < n; i++) {
      if (!m.find()) {
        return text;
      }
    }
    return text.substring(0, m.start() + 1);
  }

  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("[.!?](?=\\s)");

  /** Rejection sampling: O(1) memory and construction, whatever the range length. */
  private long pickDay(SplittableRandom rng) {
    while (true) {
      long day = rng.nextLong(dayCount);
      if (dayOfWeek(fromEpochDay + day) < 5 || rng.nextDouble() < WEEKEND_WEIGHT) {
        return day;
      }
    }
  }

  private double rampShare(long day) {
    double progress = dayCount == 1 ? 0 : (double) day / (dayCount - 1);
    return RAMP_START_SHARE + (RAMP_END_SHARE - RAMP_START_SHARE) * progress;
  }

  /** 0 = Monday .. 6 = Sunday; epoch day 0 (1970-01-01) was a Thursday. */
  private static int dayOfWeek(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  private static String timestamp(long epochDay, int secondOfDay) {
    StringBuilder out = new StringBuilder(20).append(LocalDate.ofEpochDay(epochDay)).append('T');
    two(out, secondOfDay / 3600).append(':');
    two(out, secondOfDay / 60 % 60).append(':');
    return two(out, secondOfDay % 60).append('Z').toString();
  }

  private static StringBuilder two(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** SplitMix64 finalizer: decorrelates neighbouring seeds and indexes. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
