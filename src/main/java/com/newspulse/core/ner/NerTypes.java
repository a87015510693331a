package com.newspulse.core.ner;

import com.newspulse.core.kb.EntityType;
import java.util.Set;

/**
 * How the four CoNLL NER types relate to the knowledge base's types. The rule (documented in
 * docs/tables.md): a span is linked to a KB entity only when the types are compatible, and a linked
 * mention takes the KB entity's type, because the KB is curated and the CRF is not; GPE also
 * accepts ORG, since news names governments and national teams by their country ("Germany beat
 * France", "Washington said").
 */
public final class NerTypes {
  public static final String PER = "PER";
  public static final String ORG = "ORG";
  public static final String LOC = "LOC";
  public static final String MISC = "MISC";

  private NerTypes() {}

  /** The CoNLL type a KB type is tagged as (the dictionary feature's label). */
  public static String conllType(EntityType t) {
    return switch (t) {
      case PERSON -> PER;
      case ORG -> ORG;
      case GPE, LOC, FACILITY -> LOC;
      case NORP, PRODUCT, LAW, EVENT, WORK -> MISC;
    };
  }

  /** May a span the model tagged {@code nerType} be a mention of a KB entity of type {@code kb}? */
  public static boolean compatible(String nerType, EntityType kb) {
    String own = conllType(kb);
    return own.equals(nerType) || (kb == EntityType.GPE && ORG.equals(nerType));
  }

  /** The {@code entity_type} written for a span that no KB entity claims. */
  public static String unlinkedEntityType(String nerType) {
    return switch (nerType) {
      case PER -> EntityType.PERSON.name();
      case ORG -> EntityType.ORG.name();
      case LOC -> EntityType.LOC.name();
      default -> MISC;
    };
  }

  public static final Set<String> ALL = Set.of(PER, ORG, LOC, MISC);
}
