package com.newspulse.core.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ToneLexiconTest {

  @Test
  void parsesTermsCommentsAndMultiWordTerms() {
    ToneLexicon lexicon =
        ToneLexicon.parse(
            "t.tsv",
            new StringReader("# comment\n\ngrowth\t1.5\nRecord Loss\t-3\nsell-off\t-1.5\n"));
    assertThat(lexicon.size()).isEqualTo(3);
    assertThat(lexicon.weight("GROWTH")).hasValue(1.5);
    assertThat(lexicon.weight("record loss")).hasValue(-3.0);
    assertThat(lexicon.weight("Sell-off")).hasValue(-1.5);
    assertThat(lexicon.weight("loss")).isEmpty();
  }

  @Test
  void reportsEveryProblemWithFileAndLine() {
    String text =
        "growth\t1.5\n"
            + "boom 2\n"
            + "crash\tbad\n"
            + "meltdown\t-4\n"
            + "calm\t0\n"
            + "Growth\t1\n"
            + "win!\t1\n"
            + "\t1\n";
    assertThatThrownBy(() -> ToneLexicon.parse("lex.tsv", new StringReader(text)))
        .isInstanceOfSatisfying(
            ToneLexiconException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "lex.tsv:2: expected 'term<TAB>weight', found 1 column(s)",
                        "lex.tsv:3: weight 'bad' is not a number",
                        "lex.tsv:4: weight -4 is outside [-3, 3]",
                        "lex.tsv:5: weight 0 has no effect; leave neutral words out",
                        "lex.tsv:6: duplicate term 'Growth' (first on line 1)",
                        "lex.tsv:7: term 'win!' contains '!'; use words (hyphens allowed)",
                        "lex.tsv:8: empty term"))
        .hasMessageStartingWith("invalid tone lexicon (7 problems):\n  lex.tsv:2: ");
  }

  @Test
  void bundledLexiconLoadsFromTheClasspath() {
    InputStream in = getClass().getResourceAsStream("/newspulse/conf/tone/lexicon.tsv");
    assertThat(in).isNotNull();
    ToneLexicon lexicon = ToneLexicon.load("classpath:newspulse/conf/tone/lexicon.tsv", in);
    assertThat(lexicon.size()).isBetween(300, 700);
    assertThat(lexicon.weight("recovery")).hasValue(2.0);
    assertThat(lexicon.weight("crisis")).hasValue(-2.5);
    assertThat(lexicon.weight("tariff")).isEmpty();
  }
}
