package com.newspulse.spark;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineStage;

/**
 * The front every Spark NLP pipeline here shares, as Spark NLP's documentation builds it: {@code
 * text} → DocumentAssembler ({@code document}) → SentenceDetector ({@code sentence}) → Tokenizer
 * ({@code token}). Spark's and Spark NLP's {@code Tokenizer} share a simple name, hence the
 * qualified name below.
 */
public final class SparkNlpFront {
  public static final String TEXT = "text";
  public static final String DOCUMENT = "document";
  public static final String SENTENCE = "sentence";
  public static final String TOKEN = "token";

  private SparkNlpFront() {}

  /** Fresh, unfitted stages; callers append their annotators to the returned (mutable) list. */
  public static List<PipelineStage> stages() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(TEXT);
    document.setOutputCol(DOCUMENT);
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {DOCUMENT});
    sentences.setOutputCol(SENTENCE);
    com.johnsnowlabs.nlp.annotators.Tokenizer tokens =
        new com.johnsnowlabs.nlp.annotators.Tokenizer();
    tokens.setInputCols(new String[] {SENTENCE});
    tokens.setOutputCol(TOKEN);
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(document);
    stages.add(sentences);
    stages.add(tokens);
    return stages;
  }
}
