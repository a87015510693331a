package com.newspulse.topics;

import com.newspulse.core.topics.TopicInference;
import com.newspulse.ingest.FeedNoiseStage;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.Tables;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * How far the plain-Java inference ({@link TopicInference}) is from MLlib's {@code
 * LocalLDAModel.transform} on an output's published articles under its current model: for every
 * article with a vocabulary term, both mixtures, whether their top topics agree, whether every
 * weight is within 0.01 of MLlib's, and the largest weight difference. {@code newspulse eval --task
 * topics} prints it.
 */
public final class InferenceCheck {
  private InferenceCheck() {}

  /** The comparison over {@code articles} articles. */
  public record Agreement(
      String modelVersion,
      long articles,
      long sameTopTopic,
      long within001,
      double maxWeightDifference) {
    public double agreement() {
      return articles == 0 ? Double.NaN : (double) sameTopTopic / articles;
    }
  }

  private static final StructType COMPARED =
      new StructType()
          .add("same_top", DataTypes.IntegerType, false)
          .add("difference", DataTypes.DoubleType, false);

  public static Agreement check(TableStore store) {
    TopicModelStore models = new TopicModelStore(store.spark(), store.root().toString());
    String version =
        models
            .current()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no topic model under " + store.root() + ": run the pipeline first"));
    TopicModelStore.Model model = models.load(version);
    Dataset<Row> docs =
        TopicsStage.docs(
            store
                .read(Tables.ARTICLES)
                .select("article_id", Tables.PUBLISHED_DATE, "title", "text", "source"),
            FeedNoiseStage.collect(store.read(Tables.SOURCE_BOILERPLATE)));
    TopicInference inference = ModelInference.of(model);
    Dataset<Row> mllib =
        model
            .lda()
            .transform(model.vocabulary().transform(docs))
            .select("terms", "topic_distribution");
    Row totals =
        mllib
            .map(
                (MapFunction<Row, Row>)
                    r -> {
                      double[] ours = inference.mixture(r.getList(0));
                      if (ours == null) {
                        return RowFactory.create(-1, 0.0); // no vocabulary term: not compared
                      }
                      double[] theirs = ((Vector) r.get(1)).toArray();
                      double diff = 0;
                      for (int t = 0; t < ours.length; t++) {
                        diff = Math.max(diff, Math.abs(ours[t] - theirs[t]));
                      }
                      return RowFactory.create(top(ours) == top(theirs) ? 1 : 0, diff);
                    },
                Encoders.row(COMPARED))
            .filter(functions.col("same_top").geq(0))
            .agg(
                functions.count(functions.lit(1)),
                functions.sum("same_top"),
                functions.max("difference"),
                functions.sum(
                    functions.when(functions.col("difference").leq(0.01), 1).otherwise(0)))
            .first();
    long n = totals.getLong(0);
    return new Agreement(
        version,
        n,
        n == 0 ? 0 : totals.getLong(1),
        n == 0 ? 0 : totals.getLong(3),
        n == 0 ? 0 : totals.getDouble(2));
  }

  /** The heaviest topic, the smallest id on a tie (as {@code article_topics} ranks them). */
  static int top(double[] w) {
    int best = 0;
    for (int t = 1; t < w.length; t++) {
      if (w[t] > w[best]) {
        best = t;
      }
    }
    return best;
  }
}
