package com.newspulse.core.generate;

import java.io.Serializable;

/**
 * One synthetic article, shaped like a raw input row (every field a string, nothing validated yet).
 *
 * @param id {@code gen-<seed>-<index>}; repeated only by a {@code DUPLICATE_ID} defect row
 * @param publishedAt ISO-8601 UTC instant such as {@code 2025-03-04T13:45:12Z}; null or garbage in
 *     date defect rows
 * @param title headline
 * @param text body; null, blank, oversized or with invalid characters in text defect rows
 * @param source outlet name
 * @param url {@code https://example.<outlet-slug>.test/<id>}
 * @param lang always {@code en}
 * @param defect null for clean rows, else the planted defect kind (see {@link
 *     ArticleFactory#defectKinds()})
 */
public record GeneratedArticle(
    String id,
    String publishedAt,
    String title,
    String text,
    String source,
    String url,
    String lang,
    String defect)
    implements Serializable {}
