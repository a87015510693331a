/**
 * Deterministic synthetic news articles with planted trends and, optionally, defect rows. Entry
 * point: {@link com.newspulse.core.generate.ArticleFactory}. Spark-free.
 */
package com.newspulse.core.generate;
