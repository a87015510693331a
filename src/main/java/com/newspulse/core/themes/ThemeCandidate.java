package com.newspulse.core.themes;

/** A theme hit before the context and overlap filters; {@code theme} indexes the taxonomy. */
record ThemeCandidate(int theme, int start, int end, int sentence) {}
