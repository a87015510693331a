package com.newspulse.config;

import java.io.Serializable;

/** Quality gates checked before a run publishes (see {@code quality} in defaults.conf). */
public record QualityConfig(
    double maxQuarantinedShare,
    boolean failOnEmptyWindow,
    double entityJumpMaxRatio,
    int entityJumpMinArticles)
    implements Serializable {}
