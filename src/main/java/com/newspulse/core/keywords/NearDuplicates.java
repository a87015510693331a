package com.newspulse.core.keywords;

import java.util.Set;

/**
 * String similarity used by keyword de-duplication (and by the config loader to suggest a known
 * key).
 */
public final class NearDuplicates {

  private NearDuplicates() {}

  /**
   * YAKE's Levenshtein ratio: {@code 1 - distance / max(len)}; 1.0 for two empty strings. Returns
   * early with a value below {@code floor} when the length gap alone rules out reaching it.
   */
  static double levenshteinRatio(String a, String b, double floor) {
    int maxLen = Math.max(a.length(), b.length());
    if (maxLen == 0) {
      return 1.0;
    }
    int lengthGap = Math.abs(a.length() - b.length());
    if (1.0 - (double) lengthGap / maxLen < floor) {
      return 1.0 - (double) lengthGap / maxLen;
    }
    return 1.0 - (double) distance(a, b) / maxLen;
  }

  static double levenshteinRatio(String a, String b) {
    return levenshteinRatio(a, b, 0.0);
  }

  /**
   * Classic two-row Levenshtein distance over UTF-16 chars (keywords and config keys are short).
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  /**
   * {@code |a ∩ b| / min(|a|, |b|)}: 1.0 when one token set contains the other; 0.0 if either is
   * empty.
   */
  static double containment(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String token : small) {
      if (large.contains(token)) {
        shared++;
      }
    }
    return (double) shared / small.size();
  }
}
