package com.newspulse.core.ner;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.discovery.Candidate;
import com.newspulse.core.discovery.CandidateExtractor;
import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.match.EntityMatcher;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.match.WithheldName;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerReconcilerTest {
  private static final KnowledgeBase KB =
      KnowledgeBase.parse(
          "test",
          new StringReader(
              String.join(
                  "\n",
                  "id\ttype\tname\taliases\twikidata\tcountry\tcontext",
                  "apple\tORG\tApple Inc\tApple Inc.|~Apple\t\t\tiPhone",
                  "germany\tGPE\tGermany\tGerman\t\t\t",
                  "washington-state\tGPE\tWashington State\t~Washington\t\t\t",
                  "washington-dc\tGPE\tWashington, D.C.\t~Washington\t\t\t",
                  "george-washington\tPERSON\tGeorge Washington\t~Washington\t\t\t",
                  "nvidia\tORG\tNvidia\tNVIDIA Corp\t\t\t")));

  @Test
  void linksBySurfaceOnlyWithACompatibleUniqueEntity() {
    NerLinker l = new NerLinker(KB);
    assertThat(l.link("Apple", NerTypes.ORG).id()).isEqualTo("apple");
    assertThat(l.link("Apple", NerTypes.PER)).isNull();
    assertThat(l.link("the Apple's", NerTypes.ORG).id()).isEqualTo("apple");
    assertThat(l.link("Germany", NerTypes.LOC).id()).isEqualTo("germany");
    assertThat(l.link("Germany", NerTypes.ORG).id())
        .as("GPE accepts ORG (metonymy)")
        .isEqualTo("germany");
    assertThat(l.link("Washington", NerTypes.LOC)).as("two places named so").isNull();
    assertThat(l.link("Washington", NerTypes.PER).id()).isEqualTo("george-washington");
    assertThat(l.link("Zorblax", NerTypes.ORG)).isNull();
    assertThat(NerTypes.compatible(NerTypes.MISC, EntityType.NORP)).isTrue();
  }

  @Test
  void mergesSpansIntoMentionsAndCandidates() {
    String text = "Apple and Nvidia met Zorblax Industries. Mara Quill of Oslo Group spoke.";
    SegmentedText seg = new TextSegmenter().segment(text);
    List<EntityMention> known = new EntityMatcher(KB).match(seg);
    assertThat(known).extracting(EntityMention::entityId).containsExactly("nvidia");
    List<Candidate> lexical = new CandidateExtractor().extract(seg, known);
    List<NerSpan> spans =
        List.of(
            span(text, "Apple", "ORG"),
            span(text, "Nvidia", "ORG"),
            span(text, "Zorblax Industries", "ORG"),
            span(text, "Mara Quill", "PER"),
            span(text, "Oslo", "LOC"),
            new NerSpan(60, 999, "ORG"));

    NerReconciler.Result r =
        new NerReconciler(new NerLinker(KB))
            .reconcile(text, seg.sentences(), known, List.of(), lexical, spans);

    assertThat(r.mentions())
        .extracting(m -> m.entityId() + "@" + m.sentence() + ":" + m.method())
        .containsExactly(
            "apple@0:ner",
            "ner:zorblax industries@0:ner",
            "ner:mara quill@1:ner",
            "ner:oslo@1:ner");
    assertThat(r.unlinkedTypes())
        .containsEntry("ner:zorblax industries", "ORG")
        .containsEntry("ner:mara quill", "PERSON")
        .containsEntry("ner:oslo", "LOC")
        .hasSize(3);
    assertThat(lexical)
        .extracting(c -> c.surface() + "|" + c.type())
        .containsExactly("Zorblax Industries|UNKNOWN", "Mara Quill of Oslo Group|ORG");
    // Same span and no type: the model's type; overlapping with other bounds: the model's span.
    assertThat(r.candidates())
        .extracting(c -> c.surface() + "|" + c.type() + "|" + c.cue())
        .containsExactly(
            "Zorblax Industries|ORG|ner:ORG", "Mara Quill|PERSON|ner:PER", "Oslo|GPE|ner:LOC");
  }

  private static NerSpan span(String text, String surface, String type) {
    int i = text.indexOf(surface);
    return new NerSpan(i, i + surface.length(), type);
  }

  @Test
  void aNameTheKnowledgeBaseWithheldIsNotLinkedAgainByTheModel() {
    // "Germany" in "Germany beat" of a sports article: a sense took it from the country (the
    // matcher reports it withheld); the model's LOC span on it must not bring the country back.
    String text = "Germany beat Nvidia.";
    SegmentedText seg = new TextSegmenter().segment(text);
    List<NerSpan> spans = List.of(span(text, "Germany", "LOC"));
    NerReconciler reconciler = new NerReconciler(new NerLinker(KB));

    assertThat(
            reconciler
                .reconcile(
                    text,
                    seg.sentences(),
                    List.of(),
                    List.of(new WithheldName(0, 7, "germany")),
                    List.of(),
                    spans)
                .mentions())
        .isEmpty();
    assertThat(
            reconciler
                .reconcile(text, seg.sentences(), List.of(), List.of(), List.of(), spans)
                .mentions())
        .extracting(EntityMention::entityId)
        .containsExactly("germany");
    // A longer span over the withheld name is another name, merged as any other.
    String longer = "German Football Association officials spoke.";
    assertThat(
            reconciler
                .reconcile(
                    longer,
                    new TextSegmenter().segment(longer).sentences(),
                    List.of(),
                    List.of(new WithheldName(0, 6, "germany")),
                    List.of(),
                    List.of(span(longer, "German Football Association", "ORG")))
                .mentions())
        .extracting(EntityMention::entityId)
        .containsExactly("ner:german football association");
  }
}
