package com.newspulse.ner;

import static com.newspulse.ner.NerPipelines.CHUNK;
import static com.newspulse.ner.NerPipelines.EMBEDDINGS;
import static com.newspulse.ner.NerPipelines.LABEL;
import static com.newspulse.ner.NerPipelines.NER;
import static com.newspulse.ner.NerPipelines.POS;
import static com.newspulse.ner.NerPipelines.SENTENCE;
import static com.newspulse.ner.NerPipelines.TEXT;
import static com.newspulse.ner.NerPipelines.TOKEN;

import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfApproach;
import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronApproach;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.embeddings.Word2VecApproach;
import com.johnsnowlabs.nlp.embeddings.Word2VecModel;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import com.newspulse.core.ner.TaggedSentence;
import com.newspulse.spark.SparkNlpFront;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Trains the NER model with Spark NLP's pure-JVM annotators only (TensorFlow ones cannot run here):
 * PerceptronApproach for POS on the training sentences' gold POS, Word2VecApproach on unlabeled
 * news text, NerCrfApproach on gold POS + embeddings (+ an optional dictionary feature). The saved
 * model is one PipelineModel for raw text: DocumentAssembler → SentenceDetector → Tokenizer →
 * Perceptron → Word2Vec → NerCrf → NerConverter.
 */
public final class NerTrainer {
  /** What was trained and what it cost. */
  public record Result(
      long documents,
      long sentences,
      long tokens,
      long embeddingDocuments,
      double posSeconds,
      double embeddingsSeconds,
      double crfSeconds,
      PipelineModel model) {}

  private final SparkSession spark;
  private final NerSettings settings;

  public NerTrainer(SparkSession spark, NerSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /**
   * @param documents labelled training documents (IOB2 tags)
   * @param unlabeled articles with a {@code text} column for the embeddings
   * @param dictionary a "phrase:TYPE" file for NerCrf's dictionary feature, or null
   */
  public Result train(
      List<List<TaggedSentence>> documents, Dataset<Row> unlabeled, Path dictionary) {
    Dataset<Row> training = NerPipelines.conllDataset(spark, documents).cache();
    long sentences = training.count();
    long tokens = documents.stream().flatMap(List::stream).mapToLong(s -> s.tokens().size()).sum();

    long t0 = System.nanoTime();
    PerceptronApproach pos = new PerceptronApproach();
    pos.setInputCols(new String[] {SENTENCE, TOKEN});
    pos.setOutputCol("pos_predicted");
    pos.setPosColumn(POS);
    pos.setNIterations(settings.posIterations());
    PerceptronModel posModel = pos.fit(training);
    posModel.setOutputCol(POS);
    long t1 = System.nanoTime();

    Dataset<Row> text = unlabeled.select(TEXT).filter(unlabeled.col(TEXT).isNotNull());
    if (settings.embeddingsMaxDocuments() > 0) {
      text = text.limit((int) Math.min(Integer.MAX_VALUE, settings.embeddingsMaxDocuments()));
    }
    text = text.cache();
    long embeddingDocs = text.count();
    Word2VecApproach w2v = new Word2VecApproach();
    w2v.setInputCols(new String[] {TOKEN});
    w2v.setOutputCol(EMBEDDINGS);
    w2v.setVectorSize(settings.embeddingsDim());
    w2v.setMinCount(settings.embeddingsMinCount());
    w2v.setMaxIter(settings.embeddingsIterations());
    w2v.setWindowSize(5);
    w2v.setSeed(settings.seed());
    w2v.setStorageRef("newspulse_word2vec");
    List<PipelineStage> front = SparkNlpFront.stages();
    front.add(w2v);
    PipelineModel embeddingPipeline =
        new Pipeline().setStages(front.toArray(PipelineStage[]::new)).fit(text);
    Word2VecModel embeddings = (Word2VecModel) embeddingPipeline.stages()[front.size() - 1];
    text.unpersist();
    long t2 = System.nanoTime();

    NerCrfApproach crf = new NerCrfApproach();
    crf.setInputCols(new String[] {SENTENCE, TOKEN, POS, EMBEDDINGS});
    crf.setOutputCol(NER);
    crf.setLabelColumn(LABEL);
    crf.setMinEpochs(1);
    crf.setMaxEpochs(settings.crfMaxEpochs());
    crf.setL2(settings.crfL2());
    crf.setLossEps(1e-3);
    crf.setRandomSeed(settings.seed());
    crf.setVerbose(0);
    if (dictionary != null) {
      crf.setExternalFeatures(
          new ExternalResource(
              dictionary.toAbsolutePath().toString(),
              ReadAs.TEXT(),
              scala.collection.immutable.Map$.MODULE$
                  .<String, String>empty()
                  .$plus(scala.Tuple2.apply("format", "text"))
                  .$plus(scala.Tuple2.apply("delimiter", ":"))));
    }
    NerCrfModel nerModel = crf.fit(embeddings.transform(training));
    long t3 = System.nanoTime();
    training.unpersist();

    NerConverter chunks = new NerConverter();
    chunks.setInputCols(new String[] {SENTENCE, TOKEN, NER});
    chunks.setOutputCol(CHUNK);
    List<PipelineStage> stages = SparkNlpFront.stages();
    stages.addAll(List.of(posModel, embeddings, nerModel, chunks));
    // Every stage is already fitted: fitting the pipeline only assembles the PipelineModel.
    PipelineModel model =
        new Pipeline()
            .setStages(stages.toArray(PipelineStage[]::new))
            .fit(
                spark.createDataFrame(
                    List.of(),
                    org.apache.spark.sql.types.DataTypes.createStructType(
                        List.of(
                            org.apache.spark.sql.types.DataTypes.createStructField(
                                TEXT, org.apache.spark.sql.types.DataTypes.StringType, true)))));
    return new Result(
        documents.size(),
        sentences,
        tokens,
        embeddingDocs,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        model);
  }
}
