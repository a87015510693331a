package com.newspulse.core.match;

/**
 * An alias match that a context rule or a sense took from its entity: no mention, but a name the
 * knowledge base has decided on ("New York" in "New York Post", a country's name in sports news).
 * The NER merge must not link a span of the model to that entity there again.
 *
 * @param start first character of the match in the matched text
 * @param end one past its last character
 * @param entityId the entity the alias would have named
 */
public record WithheldName(int start, int end, String entityId) {}
