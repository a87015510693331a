package com.newspulse.core.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One candidate's mentions summed into its entity_candidates row. */
class CandidateTallyTest {
  private static final LocalDate D1 = LocalDate.of(2025, 3, 3);
  private static final LocalDate D2 = LocalDate.of(2025, 3, 9);

  @Test
  void sumsMentionsArticlesDaysSurfacesTypesSourcesAndExamples() {
    CandidateTally t = new CandidateTally();
    t.add("a7", "Zeta Labs", "ORG", D2, "wire");
    t.add("a7", "Zeta Labs", "UNKNOWN", D2, "wire"); // same article: one article, two mentions
    t.add("a2", "ZETA LABS", "PERSON", D1, "paper");
    t.add("a3", "ZETA LABS", "ORG", D1, "paper");
    t.add("a1", "Zeta Labs", null, D1, null);
    t.add("a9", "zeta labs", "GPE", D2, "blog");
    t.add("a5", "zeta labs", "PERSON", D1, "zine");
    t.add("a4", "zeta labs", null, D1, "aaa");

    CandidateTally.Summary s = t.summary(3);
    assertEquals(8, s.mentions());
    assertEquals(7, s.articles());
    assertEquals(D1, s.firstSeen());
    assertEquals(D2, s.lastSeen());
    // "Zeta Labs" 3 and "zeta labs" 3: the tie goes to the alphabetically first ('Z' < 'z').
    assertEquals("Zeta Labs", s.surface());
    // ORG 2 and PERSON 2 cued (UNKNOWN and null are no cue): PERSON comes first in the enum.
    assertEquals("PERSON", s.suggestedType());
    // paper 2 articles; wire 1 (two mentions, one article); then aaa, blog, wire, zine by name.
    assertEquals("paper, aaa, blog, wire, zine", s.sources());
    assertEquals("a1, a2, a3, a4, a5", s.exampleArticleIds());
  }

  @Test
  void theCountsOfEachDaySumToTheRowOfAllTheMentions() {
    CandidateTally all = new CandidateTally();
    CandidateTally day1 = new CandidateTally();
    CandidateTally day2 = new CandidateTally();
    Object[][] mentions = {
      {"a7", "Zeta Labs", "ORG", D2, "wire"},
      {"a7", "Zeta Labs", "UNKNOWN", D2, "wire"},
      {"a2", "ZETA LABS", "PERSON", D1, "paper"},
      {"a3", "ZETA LABS", "ORG", D1, "paper"},
      {"a1", "Zeta Labs", null, D1, null},
      {"a9", "zeta labs", "GPE", D2, "blog"},
      {"a5", "zeta labs", "PERSON", D1, "zine"},
      {"a4", "zeta labs", null, D1, "aaa"},
      {"a8", "zeta labs", "ORG", D2, "paper"},
    };
    for (Object[] m : mentions) {
      for (CandidateTally t : new CandidateTally[] {all, m[3] == D1 ? day1 : day2}) {
        t.add((String) m[0], (String) m[1], (String) m[2], (LocalDate) m[3], (String) m[4]);
      }
    }
    CandidateTally summed = new CandidateTally();
    summed.add(day2.counts());
    summed.add(day1.counts());
    assertEquals(all.summary(3, 0.1), summed.summary(3, 0.1));
    CandidateTally.Summary s = summed.summary(3, 0.1);
    assertEquals(9, s.mentions());
    assertEquals(8, s.articles());
    assertEquals("ORG", s.suggestedType()); // ORG 3 of 9 cued, PERSON 2
    assertEquals("paper, aaa, blog, wire, zine", s.sources()); // paper 3 articles over both days
    assertEquals("a1, a2, a3, a4, a5", s.exampleArticleIds());
    assertEquals(D1, s.firstSeen());
    assertEquals(D2, s.lastSeen());
  }

  @Test
  void noRowBelowTheArticleSupportAndUnknownWithoutCues() {
    CandidateTally t = new CandidateTally();
    t.add("a1", "Zeta", null, D1, null);
    t.add("a1", "Zeta", "UNKNOWN", D1, null);
    assertNull(t.summary(2));
    CandidateTally.Summary s = t.summary(1);
    assertEquals("UNKNOWN", s.suggestedType());
    assertNull(s.sources());
    assertEquals("a1", s.exampleArticleIds());
  }

  @Test
  void aCueOnTooFewOfTheMentionsDoesNotTypeTheCandidate() {
    // "in TV news" once in 20 mentions is chance; a place follows "in" in a fair share of its.
    CandidateTally tv = new CandidateTally();
    CandidateTally place = new CandidateTally();
    for (int i = 0; i < 20; i++) {
      tv.add("t" + i, "TV", i == 0 ? "GPE" : null, D1, "wire");
      place.add("p" + i, "Ruritania", i < 3 ? "GPE" : null, D1, "wire");
    }
    assertEquals("UNKNOWN", tv.summary(3, 0.1).suggestedType());
    assertEquals("GPE", tv.summary(3, 0.0).suggestedType());
    assertEquals("GPE", place.summary(3, 0.1).suggestedType()); // 3 of 20 = 15%
  }

  @Test
  void aCandidateItsCorpusWritesInLowerCaseIsNoName() {
    // "Government" is a candidate in 6 articles a day, and 100 articles use the word: 6%.
    CandidateTally word = new CandidateTally();
    CandidateTally name = new CandidateTally();
    for (int i = 0; i < 6; i++) {
      word.add("g" + i, "Government", null, i < 3 ? D1 : D2, "wire");
      name.add("v" + i, "Velmora", null, i < 3 ? D1 : D2, "wire");
    }
    word.addTermArticles(3, 40);
    word.addTermArticles(3, 60);
    name.addTermArticles(3, 3);
    name.addTermArticles(3, 4); // a day with one lower-case use
    assertEquals(0.06, word.capitalisedShare(), 1e-9);
    assertNull(word.summary(3, 0.1, 0.3));
    assertEquals(0.06, word.summary(3, 0.1, 0.0).capitalisedShare(), 1e-9);
    assertEquals(6.0 / 7, name.summary(3, 0.1, 0.3).capitalisedShare(), 1e-9);
    // No day counted: no share, no filter.
    CandidateTally old = new CandidateTally();
    old.add("o1", "Old", null, D1, null);
    assertNull(old.capitalisedShare());
    assertEquals("Old", old.summary(1, 0.1, 0.3).surface());
    // A term list that spells the name otherwise counts fewer articles: capped at 1.
    old.addTermArticles(1, 0);
    assertNull(old.capitalisedShare());
    old.addTermArticles(2, 1);
    assertEquals(1.0, old.capitalisedShare(), 1e-9);
  }
}
