package com.newspulse.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.kb.KnowledgeBaseException;
import com.newspulse.core.kb.LongerName;
import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.TextSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place's name inside a longer proper name of something else ({@link LongerName}) is no mention
 * of the place: "Sydney Airport", "the American Heart Association", "the University of Kentucky".
 */
class LongerNamesTest {
  private static final String ENTITIES =
      String.join(
          "\n",
          "id\ttype\tname\taliases\twikidata\tcountry\tcontext\trules",
          "united-states\tGPE\tUnited States\tAmerican|=US|America\t\t\t\t",
          "sydney\tGPE\tSydney\t\t\t\t\t",
          "kentucky\tGPE\tKentucky\t\t\t\t\t",
          "new-york-city\tGPE\tNew York City\tNew York\t\t\t\t+University",
          "apple\tORG\tApple\t\t\t\t\t",
          "");
  private static final String LONGER_NAMES =
      String.join(
          "\n",
          "longer-name\ttypes\theads",
          "# a comment line",
          "institution\tGPE|LOC\tAirport|Association|University|Open|School",
          "");

  @TempDir static Path dir;
  private static EntityMatcher matcher;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(dir.resolve("entities.tsv"), ENTITIES);
    Files.writeString(dir.resolve("longer-names.tsv"), LONGER_NAMES);
    matcher = new EntityMatcher(KnowledgeBase.load(dir));
  }

  private static List<String> found(String text) {
    return matcher.match(text).stream().map(m -> m.entityId() + ":" + m.surface()).toList();
  }

  @Test
  void aLongerNamesFileIsReadBesideTheEntities() {
    assertThat(matcher.knowledgeBase().longerNames())
        .containsExactly(
            new LongerName(
                "institution",
                Set.of(EntityType.GPE, EntityType.LOC),
                List.of("Airport", "Association", "University", "Open", "School")));
    assertThat(matcher.knowledgeBase().size()).isEqualTo(5);
  }

  @Test
  void aHeadAmongTheCapitalisedWordsAfterANameMakesItPartOfALongerName() {
    assertThat(found("She waited at Sydney Airport, then flew to Sydney."))
        .containsExactly("sydney:Sydney");
    // The head may come after other capitalised words of the name.
    assertThat(found("The American Heart Association said American adults sleep less."))
        .containsExactly("united-states:American");
    assertThat(found("He won the US Open again after years of trying in the US."))
        .containsExactly("united-states:US");
  }

  @Test
  void aHeadAndOfBeforeANameMakeItPartOfALongerName() {
    assertThat(found("A University of Kentucky student drove home to Kentucky last week."))
        .containsExactly("kentucky:Kentucky");
    // A head that starts the sentence is capitalised by the sentence: no evidence.
    assertThat(found("University of Kentucky students drove home last week."))
        .containsExactly("kentucky:Kentucky");
  }

  @Test
  void lowerCaseWordsAPossessiveOrPunctuationEndTheLongerName() {
    // "airport" in lower case, a possessive, a comma, a hyphenated compound: no longer name.
    assertThat(
            found(
                "Sydney airport staff struck. Sydney's Airport Authority met. In Sydney, Airport"
                    + " Road closed. A Kentucky-based School Board met."))
        .containsExactly("sydney:Sydney", "sydney:Sydney", "sydney:Sydney", "kentucky:Kentucky");
  }

  @Test
  void inATitleCaseHeadlineTheWordsAfterANameAreNoEvidence() {
    // Every word is capitalised: "School" heads no name, "Airport of" may be the place's own;
    // Kentucky
    // keeps its mention. In sentence case it does not.
    assertThat(found("Kentucky School Shooting Suspect Named By Police"))
        .containsExactly("kentucky:Kentucky");
    // Too few other words to judge: a short headline's capitals are no evidence either.
    assertThat(found("Kentucky School Shooting")).containsExactly("kentucky:Kentucky");
    assertThat(found("Missiles Strike Airport Of Kentucky Capital Overnight"))
        .containsExactly("kentucky:Kentucky");
    assertThat(found("Missiles struck the Airport of Kentucky overnight.")).isEmpty();
  }

  @Test
  void onlyTheListedTypesAndTheEntitysOwnRulesFirst() {
    // An ORG is no type of the row: "Apple University" keeps Apple. The city's own rule blocks
    // "New York University" whatever the row says.
    assertThat(found("Apple University trains staff. New York University and New York."))
        .containsExactly("apple:Apple", "new-york-city:New York");
  }

  @Test
  void theNamesALongerNameTookAreReportedAsWithheld() {
    String text = "Flights left Sydney Airport late on Friday evening.";
    List<WithheldName> withheld = new ArrayList<>();
    assertThat(matcher.match(MatchTokens.of(new TextSegmenter().segment(text)), withheld))
        .isEmpty();
    assertThat(withheld)
        .extracting(w -> text.substring(w.start(), w.end()) + ":" + w.entityId())
        .containsExactly("Sydney:sydney");
  }

  @Test
  void badLongerNameRowsAreReportedWithTheirLine(@TempDir Path bad) throws IOException {
    Files.writeString(bad.resolve("entities.tsv"), ENTITIES);
    Files.writeString(
        bad.resolve("longer-names.tsv"),
        String.join(
            "\n",
            "longer-name\ttypes\theads",
            "Org\tCITY\tGrand Prix|Airport|airport",
            "org\t\t",
            "org\tGPE\tAirport",
            ""));
    assertThatThrownBy(() -> KnowledgeBase.load(bad))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("longer-names.tsv:2: bad longer-name 'Org' (use lowercase ASCII")
        .hasMessageContaining("longer-names.tsv:2: unknown type 'CITY' (accepted: PERSON, ORG")
        .hasMessageContaining("longer-names.tsv:2: head 'Grand Prix' must be one word")
        .hasMessageContaining("longer-names.tsv:2: head 'airport' repeats 'Airport'")
        .hasMessageContaining("longer-names.tsv:3: missing types")
        .hasMessageContaining("longer-names.tsv:3: missing heads")
        .hasMessageContaining(
            "longer-names.tsv:4: duplicate longer name 'org' (first defined at "
                + bad.resolve("longer-names.tsv"));
  }
}
