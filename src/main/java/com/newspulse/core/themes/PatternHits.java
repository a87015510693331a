package com.newspulse.core.themes;

import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.Sentence;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The pattern hits of a {@link ThemeMatcher}: each pattern runs only where it can match, as its
 * {@link PatternTriggers} say (the speed note of {@link ThemeMatcher}).
 */
final class PatternHits {
  private PatternHits() {}

  /**
   * Runs each pattern on each sentence, as {@code find()} over the sentence as region, but skips
   * what cannot match: sentences that lack one of its {@link PatternTriggers triggers}, and, for a
   * pattern with an anchor, every start position outside the windows before anchor occurrences.
   */
  static void find(ThemeIndex idx, SegmentedText text, List<ThemeCandidate> out) {
    List<Sentence> sentences = text.sentences();
    String s = text.text();
    TriggerScanner.Scan scan =
        idx.triggers.setCount() == 0 ? null : idx.triggers.scan(s, sentences);
    String[] sentenceTexts = null;
    for (ThemeIndex.ThemePattern p : idx.patterns) {
      Matcher m = null;
      int nextAnchor = 0; // index into the anchor set's occurrence starts
      for (int k = 0; k < sentences.size(); k++) {
        if (scan != null && !allPresent(scan, p.sets(), k)) {
          continue;
        }
        Sentence sentence = sentences.get(k);
        if (scan != null && p.anchorSet() >= 0 && !scan.hasSurrogate(k)) {
          if (sentenceTexts == null) {
            sentenceTexts = new String[sentences.size()];
          }
          if (sentenceTexts[k] == null) {
            sentenceTexts[k] = s.substring(sentence.start(), sentence.end());
          }
          nextAnchor = anchoredHits(p, scan, nextAnchor, sentence, sentenceTexts[k], out);
          continue;
        }
        if (m == null) {
          m = p.pattern().matcher(s);
        }
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
          if (m.end() > m.start()) {
            out.add(new ThemeCandidate(p.theme(), m.start(), m.end(), sentence.index()));
          }
        }
      }
    }
  }

  private static boolean allPresent(TriggerScanner.Scan scan, int[] sets, int sentence) {
    for (int set : sets) {
      if (!scan.has(set, sentence)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The matches of {@code while (m.find())} with {@code m} limited to the sentence (opaque region
   * bounds), found by trying only the start positions {@code [a - anchorLead, a]} for anchor
   * occurrences {@code a}, ascending. The matcher runs on the sentence's own text with transparent,
   * non-anchoring bounds, so lookarounds and {@code \b} see exactly the sentence, as with the
   * region, while a match is attempted at one position only ({@code lookingAt}). Resumes like
   * find(): at the end of a match, or one char further after an empty one. Returns the index of the
   * first anchor occurrence after the sentence. Only for sentences without surrogates, where find()
   * tries every position.
   */
  private static int anchoredHits(
      ThemeIndex.ThemePattern p,
      TriggerScanner.Scan scan,
      int from,
      Sentence sentence,
      String sentenceText,
      List<ThemeCandidate> out) {
    int[] starts = scan.starts[p.anchorSet()];
    int count = scan.counts[p.anchorSet()];
    int base = sentence.start();
    int a = from;
    while (a < count && starts[a] < base) {
      a++;
    }
    Matcher m = null;
    int next = 0;
    for (; a < count && starts[a] < sentence.end(); a++) {
      int at = starts[a] - base;
      for (int i = Math.max(next, at - p.anchorLead()); i <= at; i = next) {
        if (m == null) {
          m =
              p.pattern()
                  .matcher(sentenceText)
                  .useTransparentBounds(true)
                  .useAnchoringBounds(false);
        }
        m.region(i, sentenceText.length());
        if (m.lookingAt()) {
          if (m.end() > m.start()) {
            out.add(
                new ThemeCandidate(p.theme(), base + m.start(), base + m.end(), sentence.index()));
            next = m.end();
          } else {
            next = i + 1;
          }
        } else {
          next = i + 1;
        }
      }
    }
    return a;
  }
}
