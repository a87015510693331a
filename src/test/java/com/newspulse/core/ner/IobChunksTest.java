package com.newspulse.core.ner;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.ner.IobChunks.Chunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class IobChunksTest {
  @Test
  void iob2ChunksStartAtBAndContinueOnSameTypeI() {
    assertThat(IobChunks.of(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC")))
        .containsExactly(new Chunk("PER", 0, 2), new Chunk("LOC", 3, 4), new Chunk("LOC", 4, 6));
  }

  @Test
  void iob1DecodesLikeConlleval() {
    // IOB1: I- opens a chunk after O or another type; B- only splits two adjacent same-type
    // entities.
    assertThat(IobChunks.of(List.of("I-ORG", "O", "I-MISC", "I-PER", "I-PER", "B-PER", "O")))
        .containsExactly(
            new Chunk("ORG", 0, 1),
            new Chunk("MISC", 2, 3),
            new Chunk("PER", 3, 5),
            new Chunk("PER", 5, 6));
  }

  @Test
  void entityAtTheEndIsClosedAndUnknownTagsAreOutside() {
    assertThat(IobChunks.of(List.of("O", "weird", "B-ORG", "I-ORG")))
        .containsExactly(new Chunk("ORG", 2, 4));
    assertThat(IobChunks.of(List.of())).isEmpty();
  }

  @Test
  void toIob2RewritesEntityStarts() {
    assertThat(ConllFormat.toIob2(List.of("I-ORG", "O", "I-PER", "I-PER", "B-PER", "junk")))
        .containsExactly("B-ORG", "O", "B-PER", "I-PER", "B-PER", "O");
  }
}
