package com.newspulse.core.generate;

import java.time.LocalDate;

/**
 * Single-thread throughput of {@link ArticleFactory#generate(long)}; a plain main, not a test. Run:
 * {@code java -cp target/classes:target/test-classes com.newspulse.core.generate.GeneratorBench
 * [articles] [dirty]}.
 */
public final class GeneratorBench {

  private GeneratorBench() {}

  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    boolean dirty = args.length > 1 && Boolean.parseBoolean(args[1]);
    ArticleFactory factory =
        new ArticleFactory(
            new GeneratorSettings(
                n, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 42, dirty));

    // Warm-up so the JIT has compiled the hot path before timing.
    run(factory, Math.min(n, 50_000));
    long start = System.nanoTime();
    long chars = run(factory, n);
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.printf(
        "%,d articles (dirty=%s) in %.2f s: %,.0f articles/s, %.1f MB text/s,"
            + " %.0f chars/article%n",
        n, dirty, seconds, n / seconds, chars / seconds / 1e6, (double) chars / n);
  }

  private static long run(ArticleFactory factory, long n) {
    long chars = 0;
    for (long i = 0; i < n; i++) {
      String text = factory.generate(i).text();
      chars += text == null ? 0 : text.length();
    }
    return chars;
  }
}
