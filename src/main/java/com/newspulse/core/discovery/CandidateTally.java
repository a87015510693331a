package com.newspulse.core.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One candidate key's mentions summed into its {@code entity_candidates} row, in one pass: the
 * surface most often written (ties: alphabetically first), the suggested type most often cued
 * (ties: first in {@link SuggestedType} order; {@link SuggestedType#UNKNOWN} when no cue), the
 * {@link #TOP} sources with most articles (ties by name), the {@link #TOP} smallest article ids.
 *
 * <p>A tally takes mentions ({@link #add(String, String, String, LocalDate, String)}) or the {@link
 * Counts} of other tallies ({@link #add(Counts)}): a day's mentions are counted once, by the run
 * that sees the day ({@code candidate_days}), and the candidate's row sums its days. Every count
 * sums exactly across days, because an article is published on one day only.
 *
 * <p>The days whose articles' terms were counted ({@link #addTermArticles}) say how often the
 * candidate's words are written as a name: its articles against all the articles that use the
 * words, in any case. A common word that starts sentences and headlines ("Government", "North") is
 * written in lower case in most of the articles that use it; a name almost never is.
 */
public final class CandidateTally {
  public static final int TOP = 5;

  private long mentions;
  private final Set<String> articleIds = new HashSet<>();
  private long countedArticles;
  private final TreeSet<String> smallestIds = new TreeSet<>();
  private LocalDate first;
  private LocalDate last;
  private final Map<String, Long> surfaces = new HashMap<>();
  private final Map<String, Long> types = new HashMap<>();
  private final Map<String, Set<String>> sourceArticleIds = new HashMap<>();
  private final Map<String, Long> countedSourceArticles = new HashMap<>();
  private long casedArticles;
  private long termArticles;

  /**
   * What a tally holds, in a form that sums: per value (surface, cued type, source) its mentions
   * (sources: articles); {@code exampleIds} the {@link #TOP} smallest article ids, ascending.
   */
  public record Counts(
      long mentions,
      long articles,
      LocalDate first,
      LocalDate last,
      List<String> exampleIds,
      Map<String, Long> surfaces,
      Map<String, Long> types,
      Map<String, Long> sourceArticles) {}

  /** One mention; {@code type} and {@code source} may be null. */
  public void add(String articleId, String surface, String type, LocalDate day, String source) {
    mentions++;
    articleIds.add(articleId);
    example(articleId);
    days(day, day);
    surfaces.merge(surface, 1L, Long::sum);
    if (type != null && !type.equals(SuggestedType.UNKNOWN.name())) {
      types.merge(SuggestedType.valueOf(type).name(), 1L, Long::sum);
    }
    if (source != null) {
      sourceArticleIds.computeIfAbsent(source, s -> new HashSet<>()).add(articleId);
    }
  }

  /** The counts of mentions of other articles (another day's): they add up. */
  public void add(Counts c) {
    mentions += c.mentions();
    countedArticles += c.articles();
    c.exampleIds().forEach(this::example);
    days(c.first(), c.last());
    c.surfaces().forEach((k, v) -> surfaces.merge(k, v, Long::sum));
    c.types().forEach((k, v) -> types.merge(SuggestedType.valueOf(k).name(), v, Long::sum));
    c.sourceArticles().forEach((k, v) -> countedSourceArticles.merge(k, v, Long::sum));
  }

  /**
   * One day whose articles' terms were counted: the candidate's {@code articles} that day and the
   * day's {@code termArticles}, the articles with the candidate's words among their terms.
   */
  public void addTermArticles(long articles, long termArticles) {
    casedArticles += articles;
    this.termArticles += termArticles;
  }

  /**
   * The share of the articles using the candidate's words that write them as a name, over the days
   * whose terms were counted (at most 1: a name the term list spells otherwise); null without such
   * days.
   */
  public Double capitalisedShare() {
    return termArticles == 0 ? null : Math.min(1.0, (double) casedArticles / termArticles);
  }

  /** This tally's counts, to be summed with others' ({@link #add(Counts)}). */
  public Counts counts() {
    return new Counts(
        mentions,
        articles(),
        first,
        last,
        List.copyOf(smallestIds),
        Map.copyOf(surfaces),
        Map.copyOf(types),
        Map.copyOf(sourceArticles()));
  }

  private void example(String articleId) {
    smallestIds.add(articleId);
    if (smallestIds.size() > TOP) {
      smallestIds.pollLast();
    }
  }

  private void days(LocalDate from, LocalDate to) {
    first = first == null || from.isBefore(first) ? from : first;
    last = last == null || to.isAfter(last) ? to : last;
  }

  private long articles() {
    return articleIds.size() + countedArticles;
  }

  private Map<String, Long> sourceArticles() {
    Map<String, Long> out = new HashMap<>(countedSourceArticles);
    sourceArticleIds.forEach((k, v) -> out.merge(k, (long) v.size(), Long::sum));
    return out;
  }

  /** The candidate's row; see {@link CandidateTally}. */
  public record Summary(
      String surface,
      long mentions,
      long articles,
      LocalDate firstSeen,
      LocalDate lastSeen,
      String sources,
      String exampleArticleIds,
      Double capitalisedShare,
      String suggestedType) {}

  /** As {@link #summary(long, double)} with any cue enough to type the candidate. */
  public Summary summary(long minArticles) {
    return summary(minArticles, 0.0);
  }

  /** As {@link #summary(long, double, double)} with no minimum share written as a name. */
  public Summary summary(long minArticles, double minCueShare) {
    return summary(minArticles, minCueShare, 0.0);
  }

  /**
   * The row, or null when fewer than {@code minArticles} articles mention the candidate. The
   * suggested type is the most often cued one when it is cued in at least {@code minCueShare} of
   * the mentions, else UNKNOWN: a common word that starts a sentence or follows "in" by chance ("in
   * Black Friday deals", "in TV news") carries a GPE cue in about 1% of its mentions, while a place
   * is written "in X" in 15-30% of its own (RSS 2022: Florida 23%, Pennsylvania 30%, Kherson 21%;
   * TV 0.8%, Black 0.4%, Amazon 1.0%). Null too when the articles that use the candidate's words
   * write them as a name in less than {@code minCapitalisedShare} of them ({@link
   * #capitalisedShare}).
   */
  public Summary summary(long minArticles, double minCueShare, double minCapitalisedShare) {
    long articles = articles();
    Double share = capitalisedShare();
    if (articles < minArticles || mentions == 0 || share != null && share < minCapitalisedShare) {
      return null;
    }
    String surface =
        surfaces.entrySet().stream()
            .min(
                Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .orElseThrow()
            .getKey();
    SuggestedType type =
        types.entrySet().stream()
            .map(e -> Map.entry(SuggestedType.valueOf(e.getKey()), e.getValue()))
            .min(
                Comparator.<Map.Entry<SuggestedType, Long>>comparingLong(e -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .filter(e -> e.getValue() >= minCueShare * mentions)
            .map(Map.Entry::getKey)
            .orElse(SuggestedType.UNKNOWN);
    List<Map.Entry<String, Long>> bySource = new ArrayList<>(sourceArticles().entrySet());
    bySource.sort(
        Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP, bySource.size()); i++) {
      top.add(bySource.get(i).getKey());
    }
    return new Summary(
        surface,
        mentions,
        articles,
        first,
        last,
        top.isEmpty() ? null : String.join(", ", top),
        String.join(", ", smallestIds),
        share,
        type.name());
  }
}
