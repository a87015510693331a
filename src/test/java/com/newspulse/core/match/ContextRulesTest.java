package com.newspulse.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.core.kb.ContextRule;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.kb.KnowledgeBaseException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names in context: the knowledge base's blocking rules, addresses that are no mentions, and
 * acronyms an article defines itself.
 */
class ContextRulesTest {
  private static final String KB =
      String.join(
          "\n",
          "id\ttype\tname\taliases\twikidata\tcountry\tcontext\trules",
          "united-states\tGPE\tUnited States\tU.S.\t\t\t\t",
          "new-york-city\tGPE\tNew York City\tNew York|NYC\t\tunited-states\t\t"
              + "+Jets|+Post|+governor>new-york-state|+attorney general>new-york-state|-Governor of>new-york-state",
          "new-york-state\tGPE\tNew York State\tNew York state\t\tunited-states\t\t",
          "england\tGPE\tEngland\t\t\t\t\t-New",
          "twitter\tORG\tTwitter\t\t\t\t\t",
          "ccc\tORG\tCivilian Conservation Corps\tCCC\t\tunited-states\t\t",
          "cfius\tORG\tCommittee on Foreign Investment in the United States\tCFIUS\t\tunited-states\t\t",
          "");
  private static final EntityMatcher MATCHER =
      new EntityMatcher(KnowledgeBase.parse("rules.tsv", new StringReader(KB)));

  private static List<String> found(String text) {
    List<EntityMention> mentions = MATCHER.match(text);
    assertThat(mentions)
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface()));
    return mentions.stream().map(m -> m.entityId() + ":" + m.surface()).toList();
  }

  @Test
  void rulesAreParsedAndWrittenBack() {
    KnowledgeBase kb = KnowledgeBase.parse("rules.tsv", new StringReader(KB));
    assertThat(kb.byId("new-york-city").rules())
        .containsExactly(
            new ContextRule(true, "Jets", null),
            new ContextRule(true, "Post", null),
            new ContextRule(true, "governor", "new-york-state"),
            new ContextRule(true, "attorney general", "new-york-state"),
            new ContextRule(false, "Governor of", "new-york-state"));
    assertThat(kb.byId("england").rules())
        .extracting(ContextRule::toString)
        .containsExactly("-New");
    assertThat(kb.byId("twitter").rules()).isEmpty();
  }

  @Test
  void badRulesAndUnknownRedirectsAreReportedWithTheirLine() {
    String bad =
        String.join(
            "\n",
            "id\ttype\tname\taliases\twikidata\tcountry\tcontext\trules",
            "a\tGPE\tAlpha\t\t\t\t\tJets|+",
            "b\tGPE\tBeta\t\t\t\t\t+state>nowhere",
            "");
    assertThatThrownBy(() -> KnowledgeBase.parse("bad.tsv", new StringReader(bad)))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("bad.tsv:2: bad rule 'Jets' (expected +words or -words")
        .hasMessageContaining("bad.tsv:2: bad rule '+'")
        .hasMessageContaining(
            "bad.tsv:3: rule redirects to 'nowhere', which is not a known entity id");
  }

  @Test
  void aFollowingWordThatMakesTheAliasPartOfAnotherNameBlocksIt() {
    assertThat(found("The New York Jets beat the Giants in New York."))
        .containsExactly("new-york-city:New York");
    assertThat(found("The New York Post said so.")).isEmpty();
    // Whole tokens only, case-insensitive, and never across a sentence end.
    assertThat(found("New York jets off to Paris.")).isEmpty();
    assertThat(found("Flights to New York. Jets were late."))
        .containsExactly("new-york-city:New York");
    assertThat(found("New York Jetstream")).containsExactly("new-york-city:New York");
  }

  @Test
  void aRuleCanSendTheMentionToAnotherEntity() {
    assertThat(found("New York governor Kathy Hochul and the New York attorney general spoke."))
        .containsExactly("new-york-state:New York", "new-york-state:New York");
    assertThat(found("New York's governor and New York’s attorney general."))
        .containsExactly("new-york-state:New York", "new-york-state:New York");
    assertThat(found("The Governor of New York spoke in New York."))
        .containsExactly("new-york-state:New York", "new-york-city:New York");
  }

  @Test
  void aPrecedingWordBlocksToo() {
    assertThat(found("Snow hit New England while England played."))
        .containsExactly("england:England");
  }

  @Test
  void namesInsideWebAndMailAddressesAreNoMentions() {
    assertThat(found("Follow us on twitter.com/newspulse or write to news@twitter.com today."))
        .isEmpty();
    assertThat(found("See https://www.twitter.com/NewYork for New York."))
        .containsExactly("new-york-city:New York");
    assertThat(found("Twitter said the U.S. would act."))
        .containsExactly("twitter:Twitter", "united-states:U.S.");
  }

  @Test
  void addressesAreFoundInLinearTimeOnHostileText() {
    // One 300,000-letter "word" (the fuzz corpus has such): every pattern starts only where its run
    // starts.
    String text =
        "Twitter said zz"
            + "x".repeat(300_000)
            + " today. Mail a"
            + "b".repeat(300_000)
            + "@x.org now.";
    List<int[]> spans = LinkSpans.of(text);
    assertThat(spans).hasSize(1);
    assertThat(text.substring(spans.get(0)[0], spans.get(0)[1]))
        .startsWith("abbb")
        .endsWith("@x.org");
    assertThat(found(text)).containsExactly("twitter:Twitter");
  }

  @Test
  void anAcronymTheArticleDefinesOverridesTheKnowledgeBase() {
    // Defined as something else: the article's CCC is not the KB's.
    assertThat(found("The Climate Change Committee (CCC) warned. The CCC said more.")).isEmpty();
    // Defined as what the KB says it is: kept.
    assertThat(
            found(
                "The Committee on Foreign Investment in the United States (CFIUS) met; CFIUS agreed."))
        .containsExactly(
            "cfius:Committee on Foreign Investment in the United States",
            "cfius:CFIUS",
            "cfius:CFIUS");
    // Not defined in the article: the KB's meaning.
    assertThat(found("The CCC planted trees.")).containsExactly("ccc:CCC");
  }
}
