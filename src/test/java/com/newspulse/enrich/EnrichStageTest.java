package com.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.feed.BoilerplateSet;
import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class EnrichStageTest {
  @Test
  void anArticleWhoseAnalysisThrowsBecomesAFailedRowNotAFailedTask() {
    Row in =
        RowFactory.create("x1", Date.valueOf("2025-03-03"), "text", "title", null, null, "src");
    Row out =
        EnrichStage.enrichOne(
            null, BoilerplateSet.empty(), null, null, in); // no enricher: every call throws
    assertThat(out.getString(0)).isEqualTo("x1");
    assertThat(out.getString(EnrichedRow.SCHEMA.fieldIndex("failure")))
        .startsWith("extractor ")
        .contains("NullPointerException");
  }
}
