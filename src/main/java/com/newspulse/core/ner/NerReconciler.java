package com.newspulse.core.ner;

import com.newspulse.core.discovery.Candidate;
import com.newspulse.core.discovery.SuggestedType;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.match.WithheldName;
import com.newspulse.core.text.Sentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the NER model's spans into what the knowledge-base matcher found in one article:
 *
 * <ul>
 *   <li>a span overlapping a KB mention adds nothing (the curated match already counts);
 *   <li>a span over a name the knowledge base withheld from its entity ({@link WithheldName}: a
 *       context rule or a sense decided) adds nothing when it lies inside that name or would link
 *       to that entity again; a longer span ("New York Philharmonic") is merged as any other;
 *   <li>a span {@link NerLinker linked} to a KB entity becomes a mention of it, {@code method =
 *       ner};
 *   <li>any other span becomes a mention of {@code ner:<key>} ({@link NerLinker#key}) typed from
 *       the model (PERSON, ORG, LOC or MISC), and an entity candidate: a lexical candidate with the
 *       same span takes the model's type when it had none; otherwise lexical candidates overlapping
 *       the span give way to one with cue {@code ner:TYPE} (the model learnt boundaries from
 *       annotated text, the lexical rule only follows capitalisation).
 * </ul>
 */
public final class NerReconciler implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Entity id prefix of spans no KB entity claims. */
  public static final String UNLINKED_PREFIX = "ner:";

  private final NerLinker linker;

  public NerReconciler(NerLinker linker) {
    this.linker = linker;
  }

  /** NER mentions to add, candidates after the merge, and the entity type of each unlinked id. */
  public record Result(
      List<EntityMention> mentions,
      List<Candidate> candidates,
      Map<String, String> unlinkedTypes) {}

  public Result reconcile(
      String text,
      List<Sentence> sentences,
      List<EntityMention> known,
      List<WithheldName> withheld,
      List<Candidate> candidates,
      List<NerSpan> spans) {
    List<EntityMention> out = new ArrayList<>();
    List<Candidate> merged = new ArrayList<>(candidates);
    Map<String, String> types = new LinkedHashMap<>();
    for (NerSpan s : spans) {
      if (s.start() < 0
          || s.end() > text.length()
          || s.start() >= s.end()
          || overlapsMention(known, s)
          || insideWithheld(withheld, s)) {
        continue;
      }
      String surface = text.substring(s.start(), s.end());
      int sentence = sentenceOf(sentences, s.start());
      KbEntity linked = linker.link(surface, s.type());
      if (linked != null && relinksWithheld(withheld, s, linked.id())) {
        continue;
      }
      if (linked != null) {
        out.add(
            new EntityMention(
                linked.id(), s.start(), s.end(), surface, sentence, EntityMention.NER));
        continue;
      }
      String key = NerLinker.key(surface);
      if (key.isEmpty()) {
        continue;
      }
      String id = UNLINKED_PREFIX + key;
      types.putIfAbsent(id, NerTypes.unlinkedEntityType(s.type()));
      out.add(new EntityMention(id, s.start(), s.end(), surface, sentence, EntityMention.NER));
      mergeCandidate(merged, s, surface, key, sentence);
    }
    merged.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Result(out, merged, types);
  }

  private static void mergeCandidate(
      List<Candidate> candidates, NerSpan s, String surface, String key, int sentence) {
    SuggestedType type =
        switch (s.type()) {
          case NerTypes.PER -> SuggestedType.PERSON;
          case NerTypes.ORG -> SuggestedType.ORG;
          case NerTypes.LOC -> SuggestedType.GPE;
          default -> SuggestedType.UNKNOWN;
        };
    String cue = "ner:" + s.type();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.start() == s.start() && c.end() == s.end()) {
        if (c.type() == SuggestedType.UNKNOWN) {
          candidates.set(
              i, new Candidate(c.surface(), c.key(), c.start(), c.end(), c.sentence(), type, cue));
        }
        return;
      }
    }
    // The model's boundaries beat capitalisation runs ("Mara Quill of Oslo Group" → "Mara Quill").
    candidates.removeIf(
        c -> c.start() < s.end() && s.start() < c.end() && !c.cue().startsWith("ner:"));
    candidates.add(new Candidate(surface, key, s.start(), s.end(), sentence, type, cue));
  }

  private static boolean insideWithheld(List<WithheldName> withheld, NerSpan s) {
    for (WithheldName w : withheld) {
      if (w.start() <= s.start() && s.end() <= w.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean relinksWithheld(List<WithheldName> withheld, NerSpan s, String entity) {
    for (WithheldName w : withheld) {
      if (w.start() < s.end() && s.start() < w.end() && w.entityId().equals(entity)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsMention(List<EntityMention> known, NerSpan s) {
    for (EntityMention m : known) {
      if (m.start() < s.end() && s.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    for (Sentence st : sentences) {
      if (offset >= st.start() && offset < st.end()) {
        return st.index();
      }
    }
    return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
  }
}
