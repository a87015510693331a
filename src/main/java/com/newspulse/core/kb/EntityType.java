package com.newspulse.core.kb;

/** Entity types of the knowledge base (OntoNotes-style labels). */
public enum EntityType {
  PERSON,
  ORG,
  GPE,
  LOC,
  NORP,
  PRODUCT,
  LAW,
  EVENT,
  FACILITY,
  WORK
}
