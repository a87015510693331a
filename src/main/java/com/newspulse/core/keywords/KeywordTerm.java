package com.newspulse.core.keywords;

import java.util.Arrays;

/** One term (normalised word) of a text and its YAKE statistics ({@link KeywordExtractor}). */
final class KeywordTerm {

  final int id;
  final String key;
  final boolean stopWord;
  int tf;
  int tfAcronym;
  int tfProperNoun;
  int[] sentences = new int[4];
  int sentenceCount;
  int leftDistinct;
  int leftTotal;
  int rightDistinct;
  int rightTotal;
  double score;

  KeywordTerm(int id, String key, boolean stopWord) {
    this.id = id;
    this.key = key;
    this.stopWord = stopWord;
  }

  void addOccurrence(char tag, int sentence) {
    tf++;
    if (tag == 'a') {
      tfAcronym++;
    } else if (tag == 'n') {
      tfProperNoun++;
    }
    if (sentenceCount == 0 || sentences[sentenceCount - 1] != sentence) {
      if (sentenceCount == sentences.length) {
        sentences = Arrays.copyOf(sentences, sentenceCount * 2);
      }
      sentences[sentenceCount++] = sentence;
    }
  }

  /** Sentence indexes arrive in ascending order, so the array prefix is already sorted. */
  double medianSentence() {
    int mid = sentenceCount / 2;
    return sentenceCount % 2 == 1 ? sentences[mid] : (sentences[mid - 1] + sentences[mid]) / 2.0;
  }
}
