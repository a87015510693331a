package com.newspulse.core.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllFormatTest {
  private static final String GOLD =
      "{\"sentences\":[{\"tokens\":[\"Acme\",\"hired\",\"Jo\",\"Bloggs\",\".\"],"
          + "\"pos\":[\"NNP\",\"VBD\",\"NNP\",\"NNP\",\".\"],\"ner\":[\"I-ORG\",\"O\",\"I-PER\",\"I-PER\",\"O\"]},"
          + "{\"tokens\":[\"Paris\"],\"ner\":[\"I-LOC\"]}],\"entities\":[]}";

  @Test
  void readsGoldSentencesAsIob2() {
    List<TaggedSentence> s = ConllFormat.fromGoldJson(GOLD);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tags()).containsExactly("B-ORG", "O", "B-PER", "I-PER", "O");
    assertThat(s.get(0).pos()).containsExactly("NNP", "VBD", "NNP", "NNP", ".");
    assertThat(s.get(1).pos()).containsExactly("-X-");
    assertThat(ConllFormat.fromGoldJson(null)).isEmpty();
    assertThat(ConllFormat.fromGoldJson("{\"places\":[\"usa\"]}")).isEmpty();
  }

  @Test
  void writesAndReadsBackCoNll2003() {
    List<List<TaggedSentence>> docs =
        List.of(ConllFormat.fromGoldJson(GOLD), ConllFormat.fromGoldJson(GOLD));
    String text = ConllFormat.write(docs);
    assertThat(text).startsWith(ConllFormat.DOCSTART + "\n\nAcme NNP -X- B-ORG\nhired VBD -X- O\n");
    assertThat(ConllFormat.read(text)).isEqualTo(docs);
  }

  @Test
  void readsTabSeparatedTwoColumnFilesAndNamesBadLines() {
    List<List<TaggedSentence>> docs = ConllFormat.read("Acme\tI-ORG\nsaid\tO\n\nOslo\tI-LOC\n");
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0)).hasSize(2);
    assertThat(docs.get(0).get(0).tags()).containsExactly("B-ORG", "O");
    assertThatThrownBy(() -> ConllFormat.read("Acme I-ORG\nlonely\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> ConllFormat.fromGoldJson("{not json"))
        .hasMessageContaining("not valid JSON");
  }
}
