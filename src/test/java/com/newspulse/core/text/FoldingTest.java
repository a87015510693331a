package com.newspulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void foldsCaseDiacriticsAndTypographicVariants() {
    assertThat(Folding.fold("Erdoğan")).isEqualTo("erdogan");
    assertThat(Folding.fold("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
    assertThat(Folding.fold("“Quoted” Okonjo–Iweala — x"))
        .isEqualTo("\"quoted\" okonjo-iweala - x");
    assertThat(Folding.fold("Ｎｖｉｄｉａ")).isEqualTo("nvidia");
    assertThat(Folding.fold("İstanbul")).isEqualTo("istanbul");
  }

  @Test
  void normalizeKeepsCase() {
    assertThat(Folding.normalize("Erdoğan’s")).isEqualTo("Erdogan's");
    assertThat(Folding.normalize("US")).isEqualTo("US");
    assertThat(Folding.normalize("한국")).isEqualTo("한국");
  }
}
