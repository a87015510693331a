package com.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.enrich.ArticleEnricher;
import com.newspulse.core.enrich.TestEnricher;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.ingest.LanguageGate;
import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class EnrichStageTest {
  private static final LanguageGate GATE = new LanguageGate(LanguageGate.Settings.DEFAULT);
  private static final int FAILURE = EnrichedRow.SCHEMA.fieldIndex("failure");
  private static final int REASON = EnrichedRow.SCHEMA.fieldIndex("failure_reason");

  @Test
  void anArticleWhoseAnalysisThrowsBecomesAFailedRowNotAFailedTask() {
    Row out =
        EnrichStage.enrichOne(
            null, BoilerplateSet.empty(), null, null, GATE, row("text", "en")); // null: throws
    assertThat(out.getString(0)).isEqualTo("x1");
    assertThat(out.getString(FAILURE)).startsWith("extractor ").contains("NullPointerException");
    assertThat(out.getString(REASON)).isEqualTo("ANALYSIS_FAILED");
  }

  @Test
  void anArticleInAnotherLanguageBecomesAnUnsupportedLanguageRowAndEnglishIsAnalysed() {
    ArticleEnricher e = TestEnricher.INSTANCE;
    // The project's own sentence; the feed declares it English, as real feeds do.
    String polish =
        "Rząd ogłosił w poniedziałek, że od przyszłego roku podatek od zysków firm Nvidia i"
            + " Huawei zostanie obniżony, ale nie wszyscy są z tego zadowoleni.";
    Row out = EnrichStage.enrichOne(e, BoilerplateSet.empty(), null, null, GATE, row(polish, "en"));
    assertThat(out.getString(REASON)).isEqualTo("UNSUPPORTED_LANGUAGE");
    assertThat(out.getString(FAILURE)).startsWith("reads as Polish: ");
    assertThat((Row[]) out.get(EnrichedRow.SCHEMA.fieldIndex("mentions"))).isEmpty();

    String english = "Nvidia and Huawei said on Monday that the tax on their profits would be cut.";
    Row ok = EnrichStage.enrichOne(e, BoilerplateSet.empty(), null, null, GATE, row(english, "en"));
    assertThat(ok.isNullAt(FAILURE)).isTrue();
    assertThat(ok.isNullAt(REASON)).isTrue();
    assertThat((Row[]) ok.get(EnrichedRow.SCHEMA.fieldIndex("mentions"))).hasSize(2);

    Row declared =
        EnrichStage.enrichOne(e, BoilerplateSet.empty(), null, null, GATE, row(english, "de"));
    assertThat(declared.getString(REASON)).isEqualTo("UNSUPPORTED_LANGUAGE");
    assertThat(declared.getString(FAILURE)).startsWith("declared language 'de'");
  }

  private static Row row(String text, String lang) {
    return RowFactory.create("x1", Date.valueOf("2025-03-03"), text, null, null, null, "src", lang);
  }
}
