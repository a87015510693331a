package com.newspulse.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.core.kb.ContextRule;
import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.kb.KnowledgeBaseException;
import com.newspulse.core.kb.Sense;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
          "national-team\tGPE\tWorld Cup|penalty shootout|squad|striker\t2\t-in|-of|+government",
          "");

  @TempDir static Path dir;
  private static EntityMatcher matcher;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(dir.resolve("entities.tsv"), ENTITIES);
    Files.writeString(dir.resolve("senses.tsv"), SENSES);
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
                List.of("World Cup", "penalty shootout", "squad", "striker"),
                2,
                List.of(
                    new ContextRule(false, "in", null),
                    new ContextRule(false, "of", null),
                    new ContextRule(true, "government", null))));
    assertThat(matcher.knowledgeBase().size()).isEqualTo(4);
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
  void theMatchesASenseTookAreReportedAsWithheld() {
    String text = "World Cup squad news: Argentina beat France.";
    List<int[]> withheld = new java.util.ArrayList<>();
    assertThat(
            matcher.match(
                com.newspulse.core.text.MatchTokens.of(
                    new com.newspulse.core.text.TextSegmenter().segment(text)),
                withheld))
        .isEmpty();
    assertThat(withheld)
        .extracting(w -> text.substring(w[0], w[1]))
        .containsExactly("Argentina", "France");
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
            ""));
    assertThatThrownBy(() -> KnowledgeBase.load(bad))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("senses.tsv:2: bad sense 'Team' (use lowercase ASCII letters")
        .hasMessageContaining("senses.tsv:2: unknown type 'CITY' (accepted: PERSON, ORG, GPE")
        .hasMessageContaining(
            "senses.tsv:2: min-terms must be a whole number from 1 to the number of article terms"
                + " (1), was '2'")
        .hasMessageContaining("senses.tsv:2: a keep context has no redirect: '-in>qatar'")
        .hasMessageContaining("senses.tsv:3: missing article terms")
        .hasMessageContaining("senses.tsv:3: min-terms must be a whole number")
        .hasMessageContaining(
            "senses.tsv:4: duplicate sense 'team' (first defined at " + bad.resolve("senses.tsv"));
  }
}
