package com.newspulse.core.match;

import java.io.Serializable;

/**
 * An entity found in a text: char span {@code [start, end)} of the original text with
 * {@code surface = text.substring(start, end)}; {@code method} is {@link #ALIAS} or {@link #SURNAME}.
 */
public record EntityMention(String entityId, int start, int end, String surface, int sentence, String method)
        implements Serializable {

    /** Matched one of the entity's aliases. */
    public static final String ALIAS = "alias";
    /** A bare surname after a full mention of the person earlier in the same text. */
    public static final String SURNAME = "surname";
}
