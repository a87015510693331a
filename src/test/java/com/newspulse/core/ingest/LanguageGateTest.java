package com.newspulse.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LanguageGateTest {
  private final LanguageGate gate = new LanguageGate(LanguageGate.Settings.DEFAULT);

  // The project's own sentences, written for this test.
  private static final String POLISH =
      "Rząd ogłosił w poniedziałek, że od przyszłego roku podatek od zysków firm zostanie"
          + " obniżony, ale nie wszyscy ekonomiści są z tego zadowoleni, bo deficyt jest już"
          + " bardzo wysoki.";
  private static final String SPANISH =
      "El gobierno anunció el lunes que las exportaciones de chips a China serán limitadas por"
          + " razones de seguridad nacional, según un comunicado del ministerio.";
  private static final String GERMAN =
      "Die Regierung hat am Montag angekündigt, dass die Ausfuhr von Chips nach China aus"
          + " Gründen der nationalen Sicherheit beschränkt wird, wie das Ministerium mitteilte.";
  private static final String ENGLISH =
      "The government said on Monday that exports of chips to China would be limited for"
          + " reasons of national security, according to a statement from the ministry.";

  @Test
  void aTextWhoseFunctionWordsAreAnotherLanguagesIsRejectedWithTheEvidence() {
    assertThat(gate.rejection(null, POLISH))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .startsWith("reads as Polish: ")
                    .contains(
                        "14 of its 28 words are Polish function words (13 different), 0 English ones")
                    .contains("input.language.min-share 0.06, min-ratio 3.0"));
    assertThat(gate.rejection("en", SPANISH))
        .hasValueSatisfying(d -> assertThat(d).contains("Spanish"));
    assertThat(gate.rejection("en-US", GERMAN))
        .hasValueSatisfying(d -> assertThat(d).contains("German"));
    assertThat(gate.rejection("en", ENGLISH)).isEmpty();
  }

  @Test
  void headlineStyleEnglishWithFewFunctionWordsIsNotRejected() {
    // Names and nouns, one function word in 20: low English proves nothing without another
    // language's evidence.
    assertThat(
            gate.rejection(
                null,
                "Nvidia unveils RTX 4090 GPU; Huawei Mate 50 Pro, Apple iPhone 14 Pro Max prices"
                    + " leak: Samsung Galaxy S23 Ultra rumours, Google Pixel 7 review"))
        .isEmpty();
    // Names with Romance particles ("de la", "del", "Los") are not Spanish prose.
    assertThat(
            gate.rejection(
                null,
                "Taylor Swift wears Oscar de la Renta gown at Los Angeles gala with Benicio del"
                    + " Toro, Penelope Cruz and Antonio Banderas"))
        .isEmpty();
    // Two Spanish function words in club and league names, no English one: min-distinct 3.
    assertThat(
            gate.rejection(
                null,
                "Real Madrid beat Atletico de Madrid, Rayo Vallecano draw Real Sociedad, Villarreal"
                    + " top La Liga table"))
        .isEmpty();
    // An earnings table: abbreviations and numbers read as no language.
    assertThat(
            gate.rejection(
                null,
                "Shr 1.20 dlrs vs 1.10 dlrs Net 12.3 mln vs 11.1 mln Revs 100.4 mln vs 90.2 mln"
                    + " Nine mths Shr 3.10 dlrs vs 2.90 dlrs Net 30.1 mln vs 28.7 mln"))
        .isEmpty();
  }

  @Test
  void aShortTextCannotBeToldAndIsAnalysed() {
    assertThat(gate.rejection(null, "Rząd obniży podatki, ale nie dla wszystkich")).isEmpty();
    assertThat(LanguageGate.evidence("Rząd obniży podatki, ale nie dla wszystkich").words())
        .isEqualTo(7);
  }

  @Test
  void aDeclaredLanguageOtherThanEnglishIsRejectedWhateverTheText() {
    assertThat(gate.rejection("pl", ENGLISH))
        .hasValue(
            "declared language 'pl'; the analysis reads English (input.language.enabled = false"
                + " analyses every item)");
    assertThat(gate.rejection("de-AT", ENGLISH)).isPresent();
    for (String english : new String[] {"en", "en-GB", "EN", "eng", "en_US", "English", " ", ""}) {
      assertThat(gate.rejection(english, ENGLISH)).as(english).isEmpty();
    }
    assertThat(gate.rejection(null, ENGLISH)).isEmpty();
    // "und" (undetermined) and the other no-language codes leave it to the text.
    for (String none : new String[] {"und", "mul", "zxx", "mis"}) {
      assertThat(gate.rejection(none, ENGLISH)).as(none).isEmpty();
      assertThat(gate.rejection(none, POLISH)).as(none).isPresent();
    }
  }

  @Test
  void wordsAreLettersJoinedByApostrophesAndOnlyStandaloneLowerCaseLettersCount() {
    LanguageGate.Evidence e =
        LanguageGate.evidence("Finland’s 3 U L T R A don't i s-it 42nd l-o-v-e-s /u/x w");
    // finland's, don't, i, it, nd, w: the capitals, the hyphened and slashed letters do not count.
    assertThat(e.words()).isEqualTo(6);
    // don't, it: "i" is Polish too and counts for neither.
    assertThat(e.englishWords()).isEqualTo(2);
  }

  @Test
  void wordsBothListsHoldCountForNeither() {
    // "to", "no", "we" and "do" are English and Polish: evidence for neither language.
    LanguageGate.Evidence e = LanguageGate.evidence("to no we do jest");
    assertThat(FunctionWords.LANGUAGES.get(e.bestLanguage())).isEqualTo("Polish");
    assertThat(e.otherWords()).isEqualTo(1); // jest
    assertThat(e.englishWords()).isZero();
  }

  @Test
  void theGateOffAnalysesEveryItem() {
    LanguageGate off = new LanguageGate(LanguageGate.Settings.OFF);
    assertThat(off.rejection("pl", POLISH)).isEmpty();
  }

  @Property(tries = 300)
  void anyTextGetsAVerdictWithoutThrowing(@ForAll String declared, @ForAll String text) {
    Optional<String> r = gate.rejection(declared, text);
    assertThat(r).isNotNull();
  }
}
