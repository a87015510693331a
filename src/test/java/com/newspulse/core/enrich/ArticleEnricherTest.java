package com.newspulse.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.newspulse.core.feed.BoilerplateKey;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.keywords.Keyword;
import com.newspulse.core.match.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {
  private final ArticleEnricher e = TestEnricher.INSTANCE;

  @Test
  void headlineMentionsCountWithTheirFieldAndOffsets() {
    ArticleAnalysis a =
        e.analyze("Nvidia faces new chip export controls", "The company said sales fell.", null);
    assertThat(a.mentions())
        .filteredOn(m -> m.entityId().equals("nvidia"))
        .extracting(
            EntityMention::field, EntityMention::start, EntityMention::end, EntityMention::surface)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("title", 0, 6, "Nvidia"));
    assertThat(a.titleThemes()).containsKey("EXPORT_CONTROLS");
    assertThat(a.themes())
        .filteredOn(h -> h.themeId().equals("EXPORT_CONTROLS"))
        .allMatch(h -> h.field().equals("title"));
  }

  @Test
  void aDatelineOpeningTheBodyIsNoSourceOfCandidates() {
    // Its region code, unknown town and distributor are the release's metadata; the same words
    // elsewhere in the prose are candidates.
    assertThat(
            e.analyze(
                    "Zorblax opens plant",
                    "YERINGTON, NV, March 8, 2024 /Quillwire/ -- Zorblax Industries opened a plant.",
                    null)
                .candidates())
        .extracting(com.newspulse.core.discovery.Candidate::surface)
        .containsExactly("Zorblax Industries");
    assertThat(
            e.analyze(
                    "Zorblax opens plant",
                    "Zorblax Industries opened a plant. It is near Quillwire in NV and YERINGTON.",
                    null)
                .candidates())
        .extracting(com.newspulse.core.discovery.Candidate::surface)
        .containsExactly("Zorblax Industries", "Quillwire", "NV", "YERINGTON");
    // A postal code after a place and a comma is the place's state, in the prose too.
    assertThat(
            e.analyze(
                    "Zorblax opens plant",
                    "Zorblax Industries opened a plant in Yerington, NV, near Quillwire.",
                    null)
                .candidates())
        .extracting(com.newspulse.core.discovery.Candidate::surface)
        .containsExactly("Zorblax Industries", "Yerington", "Quillwire");
  }

  @Test
  void anAmountsCurrencyCodeAndAStateCodeBeforeAZipAreNoCandidates() {
    ArticleAnalysis a =
        e.analyze(
            "Zorblax raises funds",
            "Zorblax Industries raised CA$5 million from Quillwire. Write to 5 Elm Road,"
                + " Yerington NV 89447. NV and CA staff agreed.",
            null);
    assertThat(a.amounts())
        .extracting(com.newspulse.core.amounts.Amount::surface)
        .contains("CA$5 million");
    assertThat(a.candidates())
        .extracting(com.newspulse.core.discovery.Candidate::surface)
        .containsExactly("Zorblax Industries", "Quillwire", "Elm Road", "Yerington", "NV", "CA");
  }

  @Test
  void aKnownButUnsupportedAliasIsNeitherAMentionNorACandidate() {
    // "Apple" is an ambiguous alias of Apple Inc.: without an iPhone or Tim Cook here it is not
    // linked, and it is no discovery either; "Apple Zephyr" (no such product in the knowledge base)
    // is
    // more than the alias and stays one.
    ArticleAnalysis a =
        e.analyze(
            "Markets",
            "Shares rose in London. Apple said demand held. Analysts liked the Apple Zephyr sales.",
            null);
    assertThat(a.mentions()).extracting(EntityMention::entityId).doesNotContain("apple");
    assertThat(a.candidates())
        .extracting(com.newspulse.core.discovery.Candidate::surface)
        .contains("Apple Zephyr")
        .doesNotContain("Apple");
  }

  @Test
  void inSportsNewsACountrysNameIsItsTeamUnlessItIsThePlaceOrTheState() {
    // The shipped senses file (conf/kb/senses.tsv): two words of sport make a sports article.
    ArticleAnalysis match =
        e.analyze(
            "Argentina beat France on penalties",
            "Argentina won the World Cup final against France in a penalty shootout in Qatar."
                + " Qatar's government praised the squad.",
            null);
    assertThat(match.mentions())
        .extracting(EntityMention::field, EntityMention::entityId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("text", "fifa-world-cup"),
            org.assertj.core.groups.Tuple.tuple("text", "qatar"),
            org.assertj.core.groups.Tuple.tuple("text", "qatar"));
    // With a statistical NER model, its span on a name the sense took does not bring it back.
    ArticleAnalysis withNer =
        e.analyze(
            "Argentina beat France on penalties",
            "Argentina won the World Cup final against France in a penalty shootout.",
            null,
            List.of(new com.newspulse.core.ner.NerSpan(0, 9, "LOC")));
    assertThat(withNer.mentions())
        .extracting(EntityMention::entityId)
        .containsExactly("fifa-world-cup");
    // One word of sport is no sports article: the countries stay.
    ArticleAnalysis trade =
        e.analyze(
            "Argentina and France sign a beef deal",
            "Argentina and France agreed terms before the World Cup.",
            null);
    assertThat(trade.mentions())
        .extracting(EntityMention::entityId)
        .containsExactly("argentina", "france", "argentina", "france");
  }

  @Test
  void aPlaceInsideTheNameOfAnInstitutionIsNoMentionOfIt() {
    // The shipped longer-names file (conf/kb/longer-names.tsv): a university, an airport and a
    // tournament named after a place; the state's own Senate and the place itself stay.
    ArticleAnalysis a =
        e.analyze(
            "Kentucky lawmakers pass a budget",
            "Researchers at the University of Kentucky flew from Sydney Airport to the Madrid Open"
                + " in Madrid. The American Heart Association met US Senate staff on Monday to discuss it.",
            null);
    assertThat(a.mentions())
        .extracting(m -> m.field() + ":" + m.surface() + ":" + m.entityId())
        .containsExactly(
            "title:Kentucky:kentucky", "text:Madrid:madrid", "text:US Senate:us-senate");
    // In a title-case headline the capitals are no evidence: "School" heads no name.
    assertThat(e.analyze("Kentucky School Shooting Suspect Named By Police", "", null).mentions())
        .extracting(EntityMention::entityId)
        .containsExactly("kentucky");
  }

  @Test
  void namesAddedForTodaysNewsDoNotTakeTheirCommonWords() {
    // The shipped KB's 2026-12-07 rows, as a review probed them.
    assertThat(
            e.analyze(
                    "Gabriel Jesus scores",
                    "Gabriel Jesus scored twice in the Rust Belt town as the Crown Prosecution"
                        + " Service warned of a nuclear holocaust. Rep. Smith met Archie"
                        + " Mountbatten-Windsor.",
                    null)
                .mentions())
        .extracting(m -> m.surface() + ":" + m.entityId())
        .containsExactly(
            "Gabriel Jesus:gabriel-jesus",
            "Gabriel Jesus:gabriel-jesus",
            "Rust Belt:rust-belt",
            "Crown Prosecution Service:crown-prosecution-service",
            "Mountbatten-Windsor:british-royal-family");
  }

  @Test
  void anAcronymOfGamingIsNoLegislatureWithoutItsContext() {
    // "NPC" is a game's non-player character far more often than China's legislature.
    assertThat(
            e.analyze("Where to find every NPC", "A guide to the game's NPC locations.", null)
                .mentions())
        .extracting(EntityMention::entityId)
        .doesNotContain("national-peoples-congress");
    assertThat(
            e.analyze("The NPC opens", "Delegates of the NPC met in Beijing on Sunday.", null)
                .mentions())
        .extracting(EntityMention::entityId)
        .contains("national-peoples-congress");
  }

  @Test
  void sanctionsCountOnlyInAnArticleThatNamesACountry() {
    // SANCTIONS requires = [COUNTRY] (conf/themes.conf): a state, not a city or a province.
    assertThat(
            sanctions(e.analyze("New measures", "The EU agreed new sanctions on the banks.", null)))
        .containsExactly("sanctions");
    ArticleAnalysis chicago =
        e.analyze("Court ruling", "A judge in Chicago sanctioned the lawyers for the suit.", null);
    assertThat(chicago.mentions()).extracting(EntityMention::entityId).contains("chicago");
    assertThat(sanctions(chicago)).isEmpty(); // a city is no country
    // Article-level: the country may be in another sentence, or the headline.
    assertThat(
            sanctions(
                e.analyze(
                    "Court ruling",
                    "A judge sanctioned the lawyers. Their client had sued Iran.",
                    null)))
        .containsExactly("sanctioned");
    assertThat(sanctions(e.analyze("Iran's banks", "New sanctions hit them.", null)))
        .containsExactly("sanctions");
  }

  private static List<String> sanctions(ArticleAnalysis a) {
    return a.themes().stream()
        .filter(h -> h.themeId().equals("SANCTIONS"))
        .map(com.newspulse.core.themes.ThemeHit::surface)
        .toList();
  }

  @Test
  void aHeadlineOnlyItemIsAnalysedFromItsHeadline() {
    ArticleAnalysis a = e.analyze("Huawei opens a lab in Munich", "", null);
    assertThat(a.mentions()).extracting(EntityMention::entityId).contains("huawei");
    assertThat(a.mentions()).allMatch(m -> m.field().equals("title"));
    assertThat(a.tokens()).isZero();
  }

  @Test
  void aMarkOutsideAWordNextToAToneWordNoLongerThrows() {
    // The variation selector of an emoji and a lone combining acute folded to "" and crashed
    // ToneScorer.
    assertThatCode(() -> e.analyze("I \u2764\uFE0F \uFE0F not bad news"))
        .doesNotThrowAnyException();
    assertThatCode(() -> e.analyze("Fans \u0301 terrible loss, \u0301 great win"))
        .doesNotThrowAnyException();
  }

  @Test
  void markupUnspacedScriptsAndRunawayWordsNeverBecomeKeywords() {
    String cjk = "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5546\u52A1\u90E8".repeat(138);
    String html =
        "<script>alert('x')</script><iframe src=\"https://evil.example\"></iframe>"
            + "<p>Chip export curbs widen as Nvidia reports.</p>";
    ArticleAnalysis a = e.analyze(null, html + " " + cjk + " " + "a".repeat(200_000), null);
    assertThat(a.keywords())
        .extracting(Keyword::text)
        .noneMatch(
            k ->
                k.contains("script")
                    || k.contains("iframe")
                    || k.contains("alert")
                    || k.length() > 100
                    || k.codePoints()
                        .anyMatch(
                            cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
    assertThat(a.terms()).allMatch(t -> t.length() <= 3 * 41);
    assertThat(a.keywords()).extracting(Keyword::text).anyMatch(k -> k.contains("export"));
  }

  @Test
  void boilerplateOfTheSourceIsNotAnalysed() {
    String footer = "Sign up for the Australia morning briefing newsletter";
    BoilerplateSet bp =
        new BoilerplateSet.Builder().add("Paper", BoilerplateKey.of(footer)).build();
    ArticleAnalysis plain =
        e.analyzeText(
            e.prepare(null, "Rates rose.\n" + footer, "Paper", BoilerplateSet.empty()),
            null,
            List.of());
    ArticleAnalysis cleaned =
        e.analyzeText(e.prepare(null, "Rates rose.\n" + footer, "Paper", bp), null, List.of());
    assertThat(plain.mentions()).extracting(EntityMention::entityId).contains("australia");
    assertThat(cleaned.mentions()).isEmpty();
    assertThat(cleaned.countries()).isEmpty();
  }

  @Test
  void linksNeverMatchAsNames() {
    ArticleAnalysis a =
        e.analyze(
            null, "Follow us: https://twitter.com/nvidia and mail press@huawei.com today.", null);
    assertThat(a.mentions()).isEmpty();
  }
}
