package com.newspulse.core.topics;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How coherent each topic's top terms are over a set of documents: the mean normalised pointwise
 * mutual information (NPMI, Bouma 2009) of every pair of its top terms, counting co-occurrence per
 * document. Among the automatic measures, NPMI over document co-occurrence is the one that agrees
 * best with people's judgements of topics (Lau, Newman and Baldwin 2014; Röder et al. 2015), and it
 * is bounded: 1 when two terms always occur together, 0 when independent, -1 when never together.
 *
 * <p>Per pair: {@code npmi = log(p(a,b) / (p(a) p(b))) / -log p(a,b)} with {@code p} the share of
 * documents holding the term(s); a pair that never co-occurs scores -1, a pair in every document 1.
 * A topic's coherence is the mean over its pairs; a topic with fewer than two terms has none (NaN).
 * Plain Java, no smoothing: the documents are the fit's sample (thousands), where a pair of top
 * terms that never meets is itself the signal.
 */
public final class TopicCoherence {
  private final Map<String, Integer> index = new HashMap<>();
  private final int[][] topicTerms;
  private final long[] single;
  private final long[][] pair;
  private long documents;

  /**
   * @param topics each topic's top terms, best first (the caller decides how many)
   */
  public TopicCoherence(List<List<String>> topics) {
    topicTerms = new int[topics.size()][];
    for (int t = 0; t < topics.size(); t++) {
      List<String> terms = topics.get(t);
      topicTerms[t] = new int[terms.size()];
      for (int i = 0; i < terms.size(); i++) {
        topicTerms[t][i] = index.computeIfAbsent(terms.get(i), k -> index.size());
      }
    }
    single = new long[index.size()];
    pair = new long[index.size()][index.size()];
  }

  /**
   * The terms whose document counts matter: a caller may drop every other term before {@link #add}.
   */
  public Set<String> terms() {
    return Collections.unmodifiableSet(index.keySet());
  }

  /** Counts one document, given its terms (repeats and unknown terms are ignored). */
  public TopicCoherence add(Collection<String> documentTerms) {
    documents++;
    int[] present = new int[Math.min(documentTerms.size(), index.size())];
    boolean[] seen = new boolean[index.size()];
    int n = 0;
    for (String term : documentTerms) {
      Integer i = index.get(term);
      if (i != null && !seen[i]) {
        seen[i] = true;
        present[n++] = i;
      }
    }
    for (int a = 0; a < n; a++) {
      single[present[a]]++;
      for (int b = 0; b < n; b++) {
        if (a != b) {
          pair[present[a]][present[b]]++;
        }
      }
    }
    return this;
  }

  public long documents() {
    return documents;
  }

  /** Each topic's mean pairwise NPMI, in the order given; NaN for a topic with under two terms. */
  public double[] npmi() {
    double[] out = new double[topicTerms.length];
    for (int t = 0; t < topicTerms.length; t++) {
      int[] terms = topicTerms[t];
      double sum = 0;
      int pairs = 0;
      for (int a = 0; a < terms.length; a++) {
        for (int b = a + 1; b < terms.length; b++) {
          sum += npmi(terms[a], terms[b]);
          pairs++;
        }
      }
      out[t] = pairs == 0 ? Double.NaN : sum / pairs;
    }
    return out;
  }

  private double npmi(int a, int b) {
    if (a == b) {
      return 1; // the same term listed twice is perfectly coherent with itself
    }
    long both = pair[a][b];
    if (both == 0) {
      return -1;
    }
    if (both == documents) {
      return 1;
    }
    double n = documents;
    double pab = both / n;
    return Math.log(pab / ((single[a] / n) * (single[b] / n))) / -Math.log(pab);
  }
}
