package com.newspulse.bench;

import com.johnsnowlabs.nlp.annotators.keyword.yake.YakeKeywordExtraction;
import com.newspulse.spark.SparkNlpFront;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The Spark NLP counterparts of the plain rows, built only from annotators that work offline (no
 * {@code pretrained()}). They write the same schemas as {@link PlainRows} so the outputs compare.
 */
final class SparkNlpRows {
  private SparkNlpRows() {}

  /**
   * DocumentAssembler → SentenceDetector → Tokenizer, fitted on the input: (id, sentences, tokens).
   */
  static Dataset<Row> segment(Dataset<Row> articles) {
    Dataset<Row> in = articles.select("id", "text");
    PipelineModel model = pipeline(SparkNlpFront.stages()).fit(in);
    return model
        .transform(in)
        .select(
            functions.col("id"),
            functions.size(functions.col("sentence")).as("sentences"),
            functions.size(functions.col("token")).as("tokens"));
  }

  /** ... → YakeKeywordExtraction(nKeywords, 1..maxNgram): (id, keywords). */
  static Dataset<Row> keywords(Dataset<Row> articles, int maxKeywords, int maxNgram) {
    Dataset<Row> in = articles.select("id", "text");
    List<PipelineStage> stages = SparkNlpFront.stages();
    YakeKeywordExtraction yake = new YakeKeywordExtraction();
    yake.setInputCols(new String[] {"token"});
    yake.setOutputCol("keywords");
    yake.setNKeywords(maxKeywords);
    // Spark NLP's default is 2..3 words; ours considers 1..maxNgram, so compare like with like.
    yake.setMinNGrams(1);
    yake.setMaxNGrams(maxNgram);
    stages.add(yake);
    PipelineModel model = pipeline(stages).fit(in);
    return model
        .transform(in)
        .select(functions.col("id"), functions.col("keywords.result").as("keywords"));
  }

  private static Pipeline pipeline(List<PipelineStage> stages) {
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0]));
  }
}
