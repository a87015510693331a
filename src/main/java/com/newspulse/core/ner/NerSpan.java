package com.newspulse.core.ner;

import java.io.Serializable;

/**
 * An entity the NER model tagged: char span {@code [start, end)} of the text and its CoNLL type.
 */
public record NerSpan(int start, int end, String type) implements Serializable {}
