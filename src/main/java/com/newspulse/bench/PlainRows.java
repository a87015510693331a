package com.newspulse.bench;

import com.newspulse.core.keywords.Keyword;
import com.newspulse.core.keywords.KeywordExtractor;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows that use the project's plain-Java core (and the floor): each is a lazy Dataset over the
 * input articles that the bench writes out, so the timing covers read + work + write.
 */
final class PlainRows {
  static final StructType FLOOR =
      new StructType()
          .add("articles", DataTypes.LongType)
          .add("chars", DataTypes.LongType)
          .add("char_code_sum", DataTypes.LongType);

  /** Per-article segmentation counts; the Spark NLP row writes the same schema. */
  static final StructType SEGMENT_COUNTS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("sentences", DataTypes.IntegerType)
          .add("tokens", DataTypes.IntegerType);

  /** Per-article keywords, best first; the Spark NLP row writes the same schema. */
  static final StructType KEYWORDS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("keywords", DataTypes.createArrayType(DataTypes.StringType, true));

  private PlainRows() {}

  /**
   * The cost of reading and touching the text with no work: every char of every text is added to a
   * checksum (so nothing can be skipped), one row per partition, summed into one row.
   */
  static Dataset<Row> floor(Dataset<Row> articles) {
    Dataset<Row> perPartition =
        articles
            .select("text")
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>)
                    rows -> {
                      long n = 0;
                      long chars = 0;
                      long sum = 0;
                      while (rows.hasNext()) {
                        String text = rows.next().getString(0);
                        n++;
                        if (text != null) {
                          int len = text.length();
                          chars += len;
                          for (int i = 0; i < len; i++) {
                            sum += text.charAt(i);
                          }
                        }
                      }
                      return List.of(RowFactory.create(n, chars, sum)).iterator();
                    },
                Encoders.row(FLOOR));
    return perPartition
        .agg(
            functions.sum("articles").as("articles"),
            functions.sum("chars").as("chars"),
            functions.sum("char_code_sum").as("char_code_sum"))
        .coalesce(1);
  }

  static Dataset<Row> segment(Dataset<Row> articles) {
    return articles
        .select("id", "text")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> {
                  TextSegmenter segmenter = new TextSegmenter();
                  return map(
                      rows,
                      r -> {
                        String text = r.getString(1);
                        if (text == null) {
                          return RowFactory.create(r.getString(0), 0, 0);
                        }
                        SegmentedText s = segmenter.segment(text);
                        return RowFactory.create(
                            r.getString(0), s.sentences().size(), s.tokens().size());
                      });
                },
            Encoders.row(SEGMENT_COUNTS));
  }

  static Dataset<Row> keywords(Dataset<Row> articles, int maxKeywords, int maxNgram) {
    return articles
        .select("id", "text")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> {
                  KeywordExtractor extractor = new KeywordExtractor(maxKeywords, maxNgram);
                  return map(
                      rows,
                      r -> {
                        List<Keyword> keywords = extractor.extract(r.getString(1));
                        String[] texts = new String[keywords.size()];
                        for (int i = 0; i < texts.length; i++) {
                          texts[i] = keywords.get(i).text();
                        }
                        return RowFactory.create(r.getString(0), texts);
                      });
                },
            Encoders.row(KEYWORDS));
  }

  private interface RowMapper {
    Row apply(Row r);
  }

  private static Iterator<Row> map(Iterator<Row> rows, RowMapper f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return f.apply(rows.next());
      }
    };
  }
}
