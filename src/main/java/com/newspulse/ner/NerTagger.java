package com.newspulse.ner;

import com.newspulse.core.ner.NerSpan;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Runs a trained NER pipeline over articles the way Spark NLP runs any pipeline (a DataFrame
 * transform, so Spark NLP ships its models to executors itself) and keeps only the entity chunks,
 * as {@code ner: array<struct<start, end, type>>} with end exclusive, beside the article's columns.
 */
public final class NerTagger {
  public static final String COLUMN = "ner";
  private final PipelineModel model;

  public NerTagger(PipelineModel model) {
    this.model = model;
  }

  /** {@code articles} (needs {@code text}) plus {@link #COLUMN}; no other column is added. */
  public Dataset<Row> tag(Dataset<Row> articles) {
    String[] keep = articles.columns();
    Dataset<Row> tagged = model.transform(articles);
    List<Column> cols = new ArrayList<>();
    for (String c : keep) {
      cols.add(functions.col(c));
    }
    cols.add(
        functions
            .transform(
                functions.col(NerPipelines.CHUNK),
                c ->
                    functions.struct(
                        c.getField("begin").as("start"),
                        c.getField("end").plus(1).as("end"),
                        functions.element_at(c.getField("metadata"), "entity").as("type")))
            .as(COLUMN));
    return tagged.select(cols.toArray(Column[]::new));
  }

  /** The spans of one row's {@link #COLUMN} value. */
  public static List<NerSpan> spans(List<Row> rows) {
    List<NerSpan> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(new NerSpan(r.getInt(0), r.getInt(1), r.getString(2)));
    }
    return out;
  }
}
