package com.newspulse.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.geo.CountryAttribution.CountryScore;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.match.EntityMatcher;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryAttributionTest {
  static final KnowledgeBase KB =
      KnowledgeBase.parse(
          "geo.tsv",
          new StringReader(
              String.join(
                  "\n",
                  "id\ttype\tname\taliases\twikidata\tcountry\tcontext",
                  "united-states\tGPE\tUnited States\tU.S.|American\t\t\t",
                  "japan\tGPE\tJapan\tJapanese\t\t\t",
                  "hong-kong\tGPE\tHong Kong\t\t\t\t",
                  "european-union\tGPE\tEuropean Union\tEC\t\t\t",
                  "tokyo\tGPE\tTokyo\t\t\tjapan\t",
                  "portland-or\tGPE\tPortland, Oregon\t~Portland\t\tunited-states\tOregon",
                  "toyota\tORG\tToyota Motor\t\t\tjapan\t",
                  "fed\tORG\tFederal Reserve\t\t\tunited-states\t",
                  "european-commission\tORG\tEuropean Commission\t\t\teuropean-union\t")));

  private final EntityMatcher matcher = new EntityMatcher(KB);
  private final CountryAttribution attribution =
      new CountryAttribution(KB, CountryAttribution.Rules.DEFAULT);

  private List<String> countries(String text, String dateline) {
    return attribution.attribute(matcher.match(text), new Datelines(KB).country(dateline)).stream()
        .map(CountryScore::countryId)
        .toList();
  }

  @Test
  void aCountryNeedsMoreThanOnePassingMention() {
    String filler = " The company gave no further details about its plans for the year.".repeat(6);
    // Lead mention (1 + 1) and a later one (1): 3 >= 2.5.
    assertThat(
            countries("Japan raised its forecast." + filler + " Japanese exporters agreed.", null))
        .containsExactly("japan");
    // One mention in the lead: 2 < 2.5; two late mentions: 2 < 2.5.
    assertThat(countries("Japan raised its forecast." + filler, null)).isEmpty();
    assertThat(
            countries(
                "The bank raised its forecast." + filler + " Japan and Japanese firms.", null))
        .isEmpty();
  }

  @Test
  void linkedEntitiesAndTheDatelineGiveCountriesThatAreNotNamed() {
    // Three linked mentions in the lead: 3 * (0.5 + 0.5) = 3.
    assertThat(
            countries(
                "Toyota Motor said sales rose. Toyota Motor shares gained. Toyota Motor agreed.",
                null))
        .containsExactly("japan");
    assertThat(countries("The company said profit rose.", "PORTLAND, Ore., March 3 -"))
        .containsExactly("united-states");
    List<CountryScore> scored =
        attribution.attribute(matcher.match("Federal Reserve officials met."), "united-states");
    assertThat(scored)
        .containsExactly(new CountryScore("united-states", 3.0 + 0.5 + 0.5, 0, 1, true));
  }

  @Test
  void territoriesWithTheirOwnCodeAreCountriesAndTheUnionIsNot() {
    assertThat(
            countries(
                "Hong Kong shares rose. The European Commission and the EC met in Hong Kong.",
                null))
        .containsExactly("hong-kong");
  }
}
