package com.newspulse.ner;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.training.CoNLL;
import com.newspulse.core.ner.ConllFormat;
import com.newspulse.core.ner.TaggedSentence;
import java.util.List;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Column names and the shared front of the NER pipelines: raw text → document → sentence →
 * token, as Spark NLP's documentation builds it, and CoNLL sentences → the annotated dataset
 * that Spark NLP's own CoNLL reader produces (document, sentence, token, pos, label).
 */
final class NerPipelines {
  static final String TEXT = "text";
  static final String DOCUMENT = "document";
  static final String SENTENCE = "sentence";
  static final String TOKEN = "token";
  static final String POS = "pos";
  static final String EMBEDDINGS = "embeddings";
  static final String LABEL = "label";
  static final String NER = "ner";
  static final String CHUNK = "ner_chunk";

  private NerPipelines() {}

  /** DocumentAssembler → SentenceDetector → Tokenizer over {@link #TEXT}. */
  static PipelineStage[] textFront() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(TEXT);
    document.setOutputCol(DOCUMENT);
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {DOCUMENT});
    sentences.setOutputCol(SENTENCE);
    Tokenizer tokens = new Tokenizer();
    tokens.setInputCols(new String[] {SENTENCE});
    tokens.setOutputCol(TOKEN);
    return new PipelineStage[] {document, sentences, tokens};
  }

  /**
   * Tagged documents → one row per sentence with the gold tokens (so evaluation scores exactly
   * the gold tokenization), gold POS and IOB2 labels, through Spark NLP's CoNLL reader.
   */
  static Dataset<Row> conllDataset(SparkSession spark, List<List<TaggedSentence>> documents) {
    String[] lines = ConllFormat.write(documents).split("\n", -1);
    CoNLL reader = new CoNLL(DOCUMENT, SENTENCE, TOKEN, POS, CoNLL.apply$default$5(), CoNLL.apply$default$6(),
        CoNLL.apply$default$7(), TEXT, LABEL, true, " ", CoNLL.apply$default$12());
    return reader.readDatasetFromLines(lines, spark).toDF();
  }
}
