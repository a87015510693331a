package com.newspulse.topics;

import com.newspulse.config.TopicsConfig;
import com.newspulse.core.topics.TopicInference;
import com.newspulse.tables.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;

/**
 * Articles' topic mixtures → {@code article_topics} rows: the topics with weight {@code >=
 * topics.min-weight}, at most {@code topics.max-per-article}, rank 1 the heaviest (ties by topic
 * id).
 */
final class TopicAssignment {
  private final TopicsConfig config;

  TopicAssignment(TopicsConfig config) {
    this.config = config;
  }

  /** Enrich's (article_id, published_date, topic_weights) rows → {@code article_topics} rows. */
  Dataset<Row> fromWeights(Dataset<Row> weights, String version) {
    double minWeight = config.minWeight();
    int max = config.maxPerArticle();
    return weights
        .filter(functions.col("topic_weights").isNotNull())
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  List<Double> boxed = r.getList(2);
                  double[] w = new double[boxed.size()];
                  for (int i = 0; i < w.length; i++) {
                    w[i] = boxed.get(i);
                  }
                  return topicsOf(r.get(0), r.get(1), w, minWeight, max, version);
                },
            Encoders.row(Tables.ARTICLE_TOPICS.schema()));
  }

  /**
   * {@link TopicsStage#DOCS} rows → {@code article_topics} rows of the model's version: each
   * article's mixture inferred in plain Java from its terms ({@link TopicInference}, MLlib's
   * variational E-step with MLlib's starting point, so the mixtures are MLlib's to rounding),
   * without the vectorize and {@code LocalLDAModel.transform} pass.
   */
  Dataset<Row> assign(
      TopicModelStore.Model model,
      org.apache.spark.broadcast.Broadcast<TopicInference> inference,
      Dataset<Row> docs) {
    String version = model.meta().version();
    double minWeight = config.minWeight();
    int max = config.maxPerArticle();
    return docs.flatMap(
        (FlatMapFunction<Row, Row>)
            r -> {
              double[] w = inference.value().mixture(r.getList(r.fieldIndex("terms")));
              return w == null
                  ? java.util.Collections.emptyIterator()
                  : topicsOf(
                      r.getAs("article_id"),
                      r.getAs(Tables.PUBLISHED_DATE),
                      w,
                      minWeight,
                      max,
                      version);
            },
        Encoders.row(Tables.ARTICLE_TOPICS.schema()));
  }

  private static Iterator<Row> topicsOf(
      Object articleId, Object day, double[] w, double minWeight, int max, String version) {
    Integer[] order = new Integer[w.length];
    for (int i = 0; i < w.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -w[i]).thenComparingInt(i -> i));
    List<Row> out = new ArrayList<>();
    for (int rank = 0; rank < Math.min(max, w.length) && w[order[rank]] >= minWeight; rank++) {
      out.add(RowFactory.create(articleId, order[rank], w[order[rank]], rank + 1, version, day));
    }
    return out.iterator();
  }
}
