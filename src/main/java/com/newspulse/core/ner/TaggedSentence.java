package com.newspulse.core.ner;

import java.util.List;

/**
 * One sentence of NER training or evaluation data: its tokens with a part-of-speech tag and an IOB
 * entity tag each ({@code pos} may hold "-X-" placeholders when the source has no POS).
 */
public record TaggedSentence(List<String> tokens, List<String> pos, List<String> tags) {
  public TaggedSentence {
    if (tokens.size() != pos.size() || tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          "a sentence needs one POS and one tag per token: "
              + tokens.size()
              + " tokens, "
              + pos.size()
              + " POS, "
              + tags.size()
              + " tags");
    }
    tokens = List.copyOf(tokens);
    pos = List.copyOf(pos);
    tags = List.copyOf(tags);
  }
}
