package com.newspulse.core.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

  private static final String HEADER = "id\ttype\tname\taliases\twikidata\tcountry\tcontext\n";

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(KnowledgeBaseTest.class.getResource("/core/kb/" + name).toURI());
  }

  private static KnowledgeBase parse(String tsv) {
    return KnowledgeBase.parse("test.tsv", new StringReader(tsv));
  }

  @Test
  void loadsAllTsvFilesOfADirectoryInNameOrder() throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(resource("good"));

    assertThat(kb.entities())
        .extracting(KbEntity::id)
        .containsExactly("united-states", "taiwan", "nvidia", "apple");
    assertThat(kb.size()).isEqualTo(4);
    assertThat(kb.aliasCount()).isEqualTo(4 + 1 + 2 + 2);
    assertThat(kb.byId("united-states"))
        .isEqualTo(
            new KbEntity(
                "united-states",
                EntityType.GPE,
                "United States",
                List.of(
                    new Alias("United States", false, false), new Alias("US", false, true),
                    new Alias("U.S.", false, true), new Alias("America", false, true)),
                "Q30",
                null,
                List.of()));
    assertThat(kb.byId("nvidia").aliases())
        .containsExactly(new Alias("Nvidia", false, false), new Alias("Nvidia Corp", false, false));
    assertThat(kb.byId("nvidia").country()).isEqualTo("united-states");
    assertThat(kb.byId("apple"))
        .isEqualTo(
            new KbEntity(
                "apple",
                EntityType.ORG,
                "Apple",
                List.of(new Alias("Apple", true, false), new Alias("Apple Inc.", false, false)),
                null,
                "united-states",
                List.of("iPhone", "Tim Cook")));
    assertThat(kb.byId("missing")).isNull();
  }

  @Test
  void reportsEveryProblemWithItsLine() throws Exception {
    try (Reader r = Files.newBufferedReader(resource("broken.tsv"), StandardCharsets.UTF_8)) {
      assertThatThrownBy(() -> KnowledgeBase.parse("broken.tsv", r))
          .isInstanceOf(KnowledgeBaseException.class)
          .hasMessage(
              """
                            invalid knowledge base (10 problems):
                              broken.tsv:3: expected 7 tab-separated columns, found 3
                              broken.tsv:4: missing id
                              broken.tsv:5: bad id 'Bad Id' (use lowercase ASCII letters, digits and '-')
                              broken.tsv:6: unknown type 'COMPANY' (accepted: PERSON, ORG, GPE, LOC, NORP, PRODUCT, \
                            LAW, EVENT, FACILITY, WORK)
                              broken.tsv:7: duplicate id 'nvidia' (first defined at broken.tsv:2)
                              broken.tsv:8: country 'taiwan' is not a known entity id
                              broken.tsv:9: alias 'Nvidia' of 'nvidia-gpu' is also an alias of 'nvidia' \
                            (broken.tsv:2); mark one of them '~' ambiguous
                              broken.tsv:10: missing name
                              broken.tsv:10: empty alias (item 2 of aliases)
                              broken.tsv:10: bad wikidata id 'Q-1' (expected Q followed by digits)""");
    }
  }

  @Test
  void problemsListsEachEntry() {
    KnowledgeBaseException e =
        catchThrowableOfType(
            KnowledgeBaseException.class,
            () -> parse(HEADER + "a\tORG\tA\t\t\t\t\n" + "a\tORG\tB\t\t\t\t\n"));
    assertThat(e.problems())
        .containsExactly("test.tsv:3: duplicate id 'a' (first defined at test.tsv:2)");
    assertThat(e)
        .hasMessage(
            "invalid knowledge base (1 problem):\n  test.tsv:3: duplicate id 'a' (first defined"
                + " at test.tsv:2)");
  }

  @Test
  void duplicateIdsAcrossFilesNameBothFiles(@TempDir Path dir) throws IOException {
    Path a = Files.writeString(dir.resolve("a.tsv"), HEADER + "nvidia\tORG\tNvidia\t\t\t\t\n");
    Path b =
        Files.writeString(
            dir.resolve("b.tsv"), "# comment\n" + HEADER + "nvidia\tORG\tNVIDIA Corp\t\t\t\t\n");

    assertThatThrownBy(() -> KnowledgeBase.load(List.of(a, b)))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessage(
            "invalid knowledge base (1 problem):\n  "
                + b
                + ":3: duplicate id 'nvidia' "
                + "(first defined at "
                + a
                + ":2)");
  }

  @Test
  void sharedAliasIsFineWhenOneSideIsAmbiguous() {
    KnowledgeBase kb =
        parse(
            HEADER
                + "georgia\tGPE\tGeorgia\t\t\t\t\n"
                + "georgia-state\tGPE\tGeorgia State\t~Georgia\t\t\tAtlanta\n"
                + "washington-dc\tGPE\tWashington, D.C.\t~Washington\t\t\t\n"
                + "washington-state\tGPE\tWashington State\t ~ Washington \t\t\t\n");
    assertThat(kb.byId("washington-state").aliases())
        .containsExactly(
            new Alias("Washington State", false, false), new Alias("Washington", true, false));
  }

  @Test
  void sharedAliasConflictIsCaseAndDiacriticInsensitive() {
    assertThatThrownBy(
            () ->
                parse(
                    HEADER
                        + "erdogan\tPERSON\tRecep Tayyip Erdoğan\tErdoğan\t\t\t\n"
                        + "erdogan-2\tPERSON\tERDOGAN\t\t\t\t\n"))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessage(
            "invalid knowledge base (1 problem):\n  test.tsv:3: alias 'ERDOGAN' of 'erdogan-2' is also "
                + "an alias of 'erdogan' (test.tsv:2); mark one of them '~' ambiguous");
  }

  @Test
  void appliesCaseRule() {
    assertThat(List.of("BIS", "US", "U.S.", "EU", "TSMC", "H20", "OPEC", "5G"))
        .allSatisfy(a -> assertThat(Alias.defaultCaseSensitive(a)).as(a).isTrue());
    assertThat(List.of("Nvidia", "Jensen Huang", "NVIDIA", "iPhone", "Huawei Technologies"))
        .allSatisfy(a -> assertThat(Alias.defaultCaseSensitive(a)).as(a).isFalse());
    KnowledgeBase kb = parse(HEADER + "apple\tORG\tApple Inc.\t=Apple|~=Big Apple\t\t\t\n");
    assertThat(kb.byId("apple").aliases())
        .containsExactly(
            new Alias("Apple Inc.", false, false),
            new Alias("Apple", false, true),
            new Alias("Big Apple", true, true));
  }

  @Test
  void rejectsWrongHeaderEmptySourceAndBadEncoding() throws Exception {
    assertThatThrownBy(() -> parse("id\ttype\tname\n"))
        .hasMessage(
            "invalid knowledge base (1 problem):\n  test.tsv:1: header must be "
                + "'id<TAB>type<TAB>name<TAB>aliases<TAB>wikidata<TAB>country<TAB>context' (optionally followed"
                + " by <TAB>rules), 'sense<TAB>types<TAB>article-terms<TAB>min-terms<TAB>keep' for a"
                + " senses file, or 'longer-name<TAB>types<TAB>heads' for a longer-names file, but was "
                + "'id<TAB>type<TAB>name'");
    assertThatThrownBy(() -> parse("# only a comment\n\n"))
        .hasMessage("invalid knowledge base (1 problem):\n  test.tsv: empty file (no header line)");
    Path latin1 = resource("latin1.tsv");
    assertThatThrownBy(() -> KnowledgeBase.load(latin1))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessage(
            "invalid knowledge base (1 problem):\n  "
                + latin1
                + ": not valid UTF-8 (java.nio.charset.MalformedInputException: Input length = 1)");
  }

  @Test
  void rejectsDirectoryWithoutTsvFiles(@TempDir Path dir) {
    assertThatThrownBy(() -> KnowledgeBase.load(dir))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessage("invalid knowledge base (1 problem):\n  " + dir + ": no *.tsv files");
  }

  @Test
  void acceptsBomAndCrLf() {
    KnowledgeBase kb =
        parse("\uFEFF" + HEADER.replace("\n", "\r\n") + "eu\tORG\tEuropean Union\tEU\t\t\t\r\n");
    assertThat(kb.byId("eu").aliases())
        .containsExactly(new Alias("European Union", false, false), new Alias("EU", false, true));
  }
}
