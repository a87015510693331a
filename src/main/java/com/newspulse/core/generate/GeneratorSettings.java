package com.newspulse.core.generate;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What to generate: how many articles, over which publication days, from which seed, and whether to
 * plant defect rows.
 *
 * @param articles number of articles (indexes {@code 0 .. articles-1}), at least 1
 * @param from first publication day, inclusive
 * @param to last publication day, inclusive, not before {@code from}
 * @param seed seed of every random choice; same settings give the same articles
 * @param dirty when true, about 1 in {@value ArticleFactory#DEFECT_PERIOD} rows carries a defect
 * @param hostile when true, 1 in {@value HostileText#PERIOD} clean rows carries hostile Unicode
 *     ({@link HostileText})
 * @param shortText when true, each body is the story's first {@value
 *     ArticleFactory#SHORT_SENTENCES} sentences (about 300 characters): the shape of a feed item, a
 *     headline and a short summary
 */
public record GeneratorSettings(
    long articles,
    LocalDate from,
    LocalDate to,
    long seed,
    boolean dirty,
    boolean hostile,
    boolean shortText)
    implements Serializable {

  public GeneratorSettings(
      long articles, LocalDate from, LocalDate to, long seed, boolean dirty, boolean hostile) {
    this(articles, from, to, seed, dirty, hostile, false);
  }

  public GeneratorSettings(long articles, LocalDate from, LocalDate to, long seed, boolean dirty) {
    this(articles, from, to, seed, dirty, false);
  }

  public GeneratorSettings {
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be >= 1, got " + articles);
    }
    if (from == null) {
      throw new IllegalArgumentException("from must not be null");
    }
    if (to == null) {
      throw new IllegalArgumentException("to must not be null");
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must be <= to, got from=" + from + ", to=" + to);
    }
  }
}
