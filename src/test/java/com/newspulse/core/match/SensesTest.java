package com.newspulse.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.core.kb.ContextRule;
import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.kb.KnowledgeBaseException;
import com.newspulse.core.kb.Sense;
import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.TextSegmenter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole article's sense of a kind of name ({@link Sense}): in a sports article a country's name
 * is its team, unless a keep context makes it the place or the state.
 */
class SensesTest {
  private static final String ENTITIES =
      String.join(
          "\n",
          "id\ttype\tname\taliases\twikidata\tcountry\tcontext",
          "argentina\tGPE\tArgentina\tArgentine\t\t\t",
          "france\tGPE\tFrance\tFrench\t\t\t",
          "qatar\tGPE\tQatar\t\t\t\t",
          "lionel-messi\tPERSON\tLionel Messi\t\t\targentina\t",
          "");
  private static final String SENSES =
      String.join(
          "\n",
          "sense\ttypes\tarticle-terms\tmin-terms\tkeep",
          "# a comment line",
          "national-team\tGPE\tWorld Cup|World Cup qualifier|penalty shootout|shootout|squad|striker"
              + "\t2\t-in|-of|+government",
          "");

  private static final String RULES =
      String.join(
          "\n",
          "id\ttype\tname\taliases\twikidata\tcountry\tcontext\trules",
          "new-york-city\tGPE\tNew York City\tNew York\t\t\t\t+governor>new-york-state",
          "new-york-state\tGPE\tNew York State\tNew York state\t\t\t\t",
          "");

  @TempDir static Path dir;
  private static EntityMatcher matcher;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(dir.resolve("entities.tsv"), ENTITIES);
    Files.writeString(dir.resolve("senses.tsv"), SENSES);
    Files.writeString(dir.resolve("rules.tsv"), RULES);
    matcher = new EntityMatcher(KnowledgeBase.load(dir));
  }

  private static List<String> found(String text) {
    return matcher.match(text).stream().map(m -> m.entityId() + ":" + m.surface()).toList();
  }

  @Test
  void aSensesFileIsReadBesideTheEntities() {
    assertThat(matcher.knowledgeBase().senses())
        .containsExactly(
            new Sense(
                "national-team",
                Set.of(EntityType.GPE),
                List.of(
                    "World Cup",
                    "World Cup qualifier",
                    "penalty shootout",
                    "shootout",
                    "squad",
                    "striker"),
                2,
                List.of(
                    new ContextRule(false, "in", null),
                    new ContextRule(false, "of", null),
                    new ContextRule(true, "government", null))));
    assertThat(matcher.knowledgeBase().size()).isEqualTo(6);
  }

  @Test
  void inAnArticleWithEnoughTermsANameOfTheTypesIsNotItsEntity() {
    // Two distinct terms (headline and body together): both countries are teams; the person stays.
    assertThat(
            found(
                "Argentina win the World Cup. Lionel Messi's Argentina beat France in a penalty"
                    + " shootout."))
        .containsExactly("lionel-messi:Lionel Messi");
  }

  @Test
  void aRuleDecidesBeforeTheSense() {
    // The rule's redirect stands in a sports article; without a rule the sense takes the city.
    assertThat(
            found(
                "World Cup squad news: the New York governor met the team. New York beat Boston."))
        .containsExactly("new-york-state:New York");
  }

  @Test
  void sensesWorkAfterTheMatcherIsSerialized() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(matcher);
    }
    EntityMatcher copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (EntityMatcher) in.readObject();
    }
    assertThat(copy.match("World Cup squad news: Argentina beat France.")).isEmpty();
    assertThat(copy.knowledgeBase().senses()).hasSize(1);
  }

  @Test
  void theMatchesASenseTookAreReportedAsWithheld() {
    String text = "World Cup squad news: Argentina beat France.";
    List<WithheldName> withheld = new ArrayList<>();
    assertThat(matcher.match(MatchTokens.of(new TextSegmenter().segment(text)), withheld))
        .isEmpty();
    assertThat(withheld)
        .extracting(w -> text.substring(w.start(), w.end()) + ":" + w.entityId())
        .containsExactly("Argentina:argentina", "France:france");
  }

  @Test
  void aKeepContextKeepsThePlaceOrTheState() {
    assertThat(
            found(
                "The World Cup in Qatar: the squad of Argentina met the emir of Qatar. France's"
                    + " government and Qatar's government spoke."))
        .containsExactly(
            "qatar:Qatar", "argentina:Argentina", "qatar:Qatar", "france:France", "qatar:Qatar");
  }

  @Test
  void oneTermOrTheSameTermTwiceIsNoSportsArticle() {
    assertThat(found("Argentina and France sent envoys to the World Cup. The World Cup opens."))
        .containsExactly("argentina:Argentina", "france:France");
    // A term inside a longer one counts once where it stands: "World Cup qualifier" is one term,
    // not also "World Cup"; "penalty shootout" not also "shootout".
    assertThat(found("Argentina and France talked before a World Cup qualifier."))
        .containsExactly("argentina:Argentina", "france:France");
    assertThat(found("Argentina and France watched a penalty shootout."))
        .containsExactly("argentina:Argentina", "france:France");
    // Terms compare whole tokens: "squadron" is not "squad", "World Cups" no "World Cup".
    assertThat(found("Argentina's squadron flew to the World Cups of France."))
        .containsExactly("argentina:Argentina", "france:France");
  }

  @Test
  void badSenseRowsAreReportedWithTheirLine(@TempDir Path bad) throws IOException {
    Files.writeString(bad.resolve("entities.tsv"), ENTITIES);
    Files.writeString(
        bad.resolve("senses.tsv"),
        String.join(
            "\n",
            "sense\ttypes\tarticle-terms\tmin-terms\tkeep",
            "Team\tCITY\tWorld Cup\t2\t-in>qatar",
            "team\tGPE\t\tone\t",
            "team\tGPE\tWorld Cup\t1\t",
            "\tGPE\tCup|cup|\u0301\t1\t",
            ""));
    assertThatThrownBy(() -> KnowledgeBase.load(bad))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("senses.tsv:2: bad sense 'Team' (use lowercase ASCII letters")
        .hasMessageContaining("senses.tsv:2: unknown type 'CITY' (accepted: PERSON, ORG, GPE")
        .hasMessageContaining(
            "senses.tsv:2: min-terms must be a whole number from 1 to the number of article terms"
                + " (1), was '2'")
        .hasMessageContaining(
            "senses.tsv:2: a keep context cannot redirect: '-in>qatar' (drop '>qatar')")
        .hasMessageContaining("senses.tsv:5: missing sense")
        .hasMessageContaining("senses.tsv:5: article term 'cup' repeats 'Cup'")
        .hasMessageContaining("senses.tsv:5: article term '\u0301' has no word")
        .hasMessageContaining("senses.tsv:3: missing article terms")
        .hasMessageContaining("senses.tsv:3: min-terms must be a whole number")
        .hasMessageContaining(
            "senses.tsv:4: duplicate sense 'team' (first defined at " + bad.resolve("senses.tsv"));
  }
}
