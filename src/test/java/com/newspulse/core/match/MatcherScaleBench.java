package com.newspulse.core.match;

import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Micro benchmark (plain main, not a test): EntityMatcher throughput for 1k, 10k and 100k aliases
 * over the same generated articles. Throughput should stay flat as aliases grow, since cost per
 * token is bounded by the longest alias, not the alias count. Run: {@code java -cp
 * target/classes:target/test-classes com.newspulse.core.match.MatcherScaleBench}
 */
public final class MatcherScaleBench {

  private static final String[] FILLER =
      ("the a of to in and said on for that with as was by at from it its "
              + "shares market percent billion company officials week year new chips trade export rules analysts "
              + "expected growth quarter demand prices government report data sales plan deal talks")
          .split(" ");

  private MatcherScaleBench() {}

  public static void main(String[] args) {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    TextSegmenter segmenter = new TextSegmenter();
    System.out.printf(
        Locale.ROOT,
        "%8s %9s %10s %9s %14s %16s%n",
        "aliases",
        "build_ms",
        "text_MB",
        "mentions",
        "match_MB/s",
        "seg+match_MB/s");
    for (int aliases : new int[] {1_000, 10_000, 100_000}) {
      long t0 = System.nanoTime();
      EntityMatcher matcher = new EntityMatcher(SyntheticKb.build(aliases));
      long buildMs = (System.nanoTime() - t0) / 1_000_000;
      List<String> texts = articles(articles, aliases / 2, new Random(42));
      List<SegmentedText> segmented = texts.stream().map(segmenter::segment).toList();
      double mb = texts.stream().mapToLong(String::length).sum() / 1e6;

      int mentions = 0;
      for (int round = 0; round < 3; round++) { // warm-up
        mentions = segmented.stream().mapToInt(s -> matcher.match(s).size()).sum();
      }
      double matchSeconds = best(() -> segmented.forEach(matcher::match));
      double fullSeconds = best(() -> texts.forEach(matcher::match));
      System.out.printf(
          Locale.ROOT,
          "%8d %9d %10.2f %9d %14.1f %16.1f%n",
          aliases,
          buildMs,
          mb,
          mentions,
          mb / matchSeconds,
          mb / fullSeconds);
    }
  }

  /** Best of five timed runs, in seconds. */
  private static double best(Runnable run) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      run.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }

  /**
   * News-like articles of ~3 KB: filler words, capitalised non-entities and synthetic entity
   * mentions.
   */
  private static List<String> articles(int count, int entities, Random random) {
    List<String> out = new ArrayList<>(count);
    for (int a = 0; a < count; a++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 3_000) {
        int words = 12 + random.nextInt(15);
        for (int w = 0; w < words; w++) {
          int roll = random.nextInt(100);
          if (w > 0) {
            sb.append(' ');
          }
          if (roll < 4) {
            int e = random.nextInt(entities);
            sb.append(random.nextBoolean() ? SyntheticKb.name(e) : SyntheticKb.alias(e));
          } else if (roll < 10) {
            sb.append(
                SyntheticKb.word(entities + random.nextInt(100_000))); // capitalised, no entity
          } else {
            String f = FILLER[random.nextInt(FILLER.length)];
            sb.append(w == 0 ? Character.toUpperCase(f.charAt(0)) + f.substring(1) : f);
          }
        }
        sb.append(random.nextInt(5) == 0 ? ".\n\n" : ". ");
      }
      out.add(sb.toString());
    }
    return out;
  }
}
