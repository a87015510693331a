package com.newspulse.core.discovery;

/**
 * Entity type suggested for a {@link Candidate} by context cues; {@link #UNKNOWN} when no cue
 * fired.
 */
public enum SuggestedType {
  PERSON,
  ORG,
  GPE,
  UNKNOWN
}
