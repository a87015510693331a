package com.newspulse.ner;

import com.johnsnowlabs.nlp.training.CoNLL;
import com.newspulse.core.ner.ConllFormat;
import com.newspulse.core.ner.TaggedSentence;
import com.newspulse.spark.SparkNlpFront;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Column names of the NER pipelines (the text front is {@link SparkNlpFront}) and CoNLL sentences →
 * the annotated dataset that Spark NLP's own CoNLL reader produces (document, sentence, token, pos,
 * label).
 */
final class NerPipelines {
  static final String TEXT = SparkNlpFront.TEXT;
  static final String DOCUMENT = SparkNlpFront.DOCUMENT;
  static final String SENTENCE = SparkNlpFront.SENTENCE;
  static final String TOKEN = SparkNlpFront.TOKEN;
  static final String POS = "pos";
  static final String EMBEDDINGS = "embeddings";
  static final String LABEL = "label";
  static final String NER = "ner";
  static final String CHUNK = "ner_chunk";

  private NerPipelines() {}

  /**
   * Tagged documents → one row per sentence with the gold tokens (so evaluation scores exactly the
   * gold tokenization), gold POS and IOB2 labels, through Spark NLP's CoNLL reader.
   */
  static Dataset<Row> conllDataset(SparkSession spark, List<List<TaggedSentence>> documents) {
    String[] lines = ConllFormat.write(documents).split("\n", -1);
    CoNLL reader =
        new CoNLL(
            DOCUMENT,
            SENTENCE,
            TOKEN,
            POS,
            CoNLL.apply$default$5(),
            CoNLL.apply$default$6(),
            CoNLL.apply$default$7(),
            TEXT,
            LABEL,
            true,
            " ",
            CoNLL.apply$default$12());
    return reader.readDatasetFromLines(lines, spark).toDF();
  }
}
