package com.newspulse.core.keywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Throughput of {@link KeywordExtractor#extract} on generated ~600-word news-like texts (not a
 * test). Run: {@code java -cp target/classes:target/test-classes
 * com.newspulse.core.keywords.KeywordBench [articles]}.
 */
public final class KeywordBench {

  private static final String[] STOP = {
    "the", "of", "and", "to", "in", "a", "on", "for", "that", "with", "said", "its", "by", "was",
    "has", "would", "from", "at", "as", "it"
  };
  private static final String[] NAMES = {
    "Nvidia",
    "Huawei",
    "Beijing",
    "Washington",
    "Intel",
    "Commerce Department",
    "European Union",
    "TSMC",
    "AMD",
    "Jensen Huang",
    "Gina Raimondo",
    "Netherlands",
    "ASML",
    "Samsung"
  };
  private static final String[] WORDS = {
    "export",
    "controls",
    "chips",
    "semiconductor",
    "ban",
    "license",
    "market",
    "shares",
    "revenue",
    "quarter",
    "supply",
    "chain",
    "tariffs",
    "trade",
    "officials",
    "investors",
    "analysts",
    "rules",
    "accelerators",
    "data",
    "center",
    "military",
    "technology",
    "equipment",
    "sanctions",
    "growth",
    "prices",
    "demand",
    "factory",
    "production",
    "talks",
    "security",
    "industry",
    "policy",
    "deal",
    "costs"
  };

  private KeywordBench() {}

  public static void main(String[] args) {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    List<String> texts = generate(articles, new Random(42));
    KeywordExtractor extractor = new KeywordExtractor(10, 3);
    long sink = 0;
    for (int round = 0; round < 3; round++) { // warm-up: JIT and regex caches
      for (String t : texts.subList(0, Math.min(300, texts.size()))) {
        sink += extractor.extract(t).size();
      }
    }
    long start = System.nanoTime();
    for (String t : texts) {
      sink += extractor.extract(t).size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double words = texts.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0);
    System.out.printf(
        "KeywordBench: %d articles (avg %.0f words) in %.2f s = %.0f articles/s, %.2f ms/article"
            + " (single thread, keywords=%d)%n",
        articles, words, seconds, articles / seconds, seconds * 1000 / articles, sink);
  }

  static List<String> generate(int count, Random random) {
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int words = 0;
      while (words < 600) {
        int length = 12 + random.nextInt(18);
        for (int w = 0; w < length; w++, words++) {
          String word =
              switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> STOP[random.nextInt(STOP.length)];
                case 4 -> NAMES[random.nextInt(NAMES.length)];
                case 5 -> Integer.toString(random.nextInt(3000));
                default -> WORDS[random.nextInt(WORDS.length)];
              };
          if (w == 0) {
            word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
          } else {
            sb.append(random.nextInt(12) == 0 ? ", " : " ");
          }
          sb.append(word);
        }
        sb.append(random.nextInt(5) == 0 ? ".\n\n" : ". ");
      }
      texts.add(sb.toString());
    }
    return texts;
  }
}
