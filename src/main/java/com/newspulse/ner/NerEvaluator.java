package com.newspulse.ner;

import com.johnsnowlabs.nlp.annotators.ner.crf.NerCrfModel;
import com.johnsnowlabs.nlp.annotators.pos.perceptron.PerceptronModel;
import com.johnsnowlabs.nlp.embeddings.Word2VecModel;
import com.newspulse.core.ner.NerScorer;
import com.newspulse.core.ner.TaggedSentence;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scores a trained model on gold sentences with conlleval semantics. The model's own tagging stages
 * (POS, embeddings, CRF) run on the gold tokens, so the POS the CRF sees is predicted, as it is on
 * real text, and every predicted tag lines up with a gold tag.
 */
public final class NerEvaluator {
  private final SparkSession spark;

  public NerEvaluator(SparkSession spark) {
    this.spark = spark;
  }

  public NerScorer evaluate(PipelineModel model, List<List<TaggedSentence>> documents) {
    Dataset<Row> data = NerPipelines.conllDataset(spark, documents).drop(NerPipelines.POS);
    for (Transformer stage : model.stages()) {
      if (stage instanceof PerceptronModel
          || stage instanceof Word2VecModel
          || stage instanceof NerCrfModel) {
        data = stage.transform(data);
      }
    }
    NerScorer scorer = new NerScorer();
    List<Row> rows =
        data.selectExpr(NerPipelines.LABEL + ".result", NerPipelines.NER + ".result")
            .collectAsList();
    for (Row r : rows) {
      scorer.add(r.getList(0), r.getList(1));
    }
    return scorer;
  }
}
