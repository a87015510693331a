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
 */
public final class CandidateTally {
  public static final int TOP = 5;

  private long mentions;
  private final Set<String> articles = new HashSet<>();
  private final TreeSet<String> smallestIds = new TreeSet<>();
  private LocalDate first;
  private LocalDate last;
  private final Map<String, Long> surfaces = new HashMap<>();
  private final Map<SuggestedType, Long> types = new HashMap<>();
  private final Map<String, Set<String>> sourceArticles = new HashMap<>();

  /** One mention; {@code type} and {@code source} may be null. */
  public void add(String articleId, String surface, String type, LocalDate day, String source) {
    mentions++;
    articles.add(articleId);
    smallestIds.add(articleId);
    if (smallestIds.size() > TOP) {
      smallestIds.pollLast();
    }
    first = first == null || day.isBefore(first) ? day : first;
    last = last == null || day.isAfter(last) ? day : last;
    surfaces.merge(surface, 1L, Long::sum);
    if (type != null && !type.equals(SuggestedType.UNKNOWN.name())) {
      types.merge(SuggestedType.valueOf(type), 1L, Long::sum);
    }
    if (source != null) {
      sourceArticles.computeIfAbsent(source, s -> new HashSet<>()).add(articleId);
    }
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
      String suggestedType) {}

  /** As {@link #summary(long, double)} with any cue enough to type the candidate. */
  public Summary summary(long minArticles) {
    return summary(minArticles, 0.0);
  }

  /**
   * The row, or null when fewer than {@code minArticles} articles mention the candidate. The
   * suggested type is the most often cued one when it is cued in at least {@code minCueShare} of
   * the mentions, else UNKNOWN: a common word that starts a sentence or follows "in" by chance ("in
   * Black Friday deals", "in TV news") carries a GPE cue in about 1% of its mentions, while a place
   * is written "in X" in 15-30% of its own (RSS 2022: Florida 23%, Pennsylvania 30%, Kherson 21%;
   * TV 0.8%, Black 0.4%, Amazon 1.0%).
   */
  public Summary summary(long minArticles, double minCueShare) {
    if (articles.size() < minArticles || mentions == 0) {
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
            .min(
                Comparator.<Map.Entry<SuggestedType, Long>>comparingLong(e -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .filter(e -> e.getValue() >= minCueShare * mentions)
            .map(Map.Entry::getKey)
            .orElse(SuggestedType.UNKNOWN);
    List<Map.Entry<String, Set<String>>> bySource = new ArrayList<>(sourceArticles.entrySet());
    bySource.sort(
        Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP, bySource.size()); i++) {
      top.add(bySource.get(i).getKey());
    }
    return new Summary(
        surface,
        mentions,
        articles.size(),
        first,
        last,
        top.isEmpty() ? null : String.join(", ", top),
        String.join(", ", smallestIds),
        type.name());
  }
}
