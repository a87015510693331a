package com.newspulse.ner;

import com.newspulse.config.InvalidConfigException;
import com.newspulse.core.ner.ConllFormat;
import com.newspulse.core.ner.TaggedSentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Labelled NER documents from an imported corpus (its {@code gold} JSON's sentences, optionally one
 * {@code split}) or from a CoNLL 2003 file. NER training data is small (CoNLL 2003 train: 204k
 * tokens, a few MB), so it is collected to the driver, where NerCrf trains anyway.
 */
public final class NerCorpus {
  private NerCorpus() {}

  /**
   * @throws InvalidConfigException when the corpus has no gold sentences (in the split)
   */
  public static List<List<TaggedSentence>> fromParquet(
      SparkSession spark, String path, String split) {
    Dataset<Row> rows = spark.read().parquet(path);
    List<String> cols = Arrays.asList(rows.columns());
    if (!cols.contains("gold")) {
      throw new InvalidConfigException(
          path
              + " has no 'gold' column: import a corpus with gold sentences"
              + " ('newspulse import --format jsonl ...') or give --conll FILE");
    }
    if (split != null) {
      if (!cols.contains("split")) {
        throw new InvalidConfigException(
            path
                + " has no 'split' column, so --split "
                + split
                + " cannot be applied: re-import the corpus with this version, or leave --split out");
      }
      rows = rows.filter(functions.col("split").equalTo(split));
    }
    List<Row> gold = rows.select("id", "gold").orderBy("id").collectAsList();
    List<List<TaggedSentence>> docs = new ArrayList<>();
    for (Row r : gold) {
      try {
        List<TaggedSentence> doc = ConllFormat.fromGoldJson(r.getString(1));
        if (!doc.isEmpty()) {
          docs.add(doc);
        }
      } catch (IllegalArgumentException e) {
        throw new InvalidConfigException(
            "article " + r.getString(0) + " in " + path + ": " + e.getMessage(), e);
      }
    }
    if (docs.isEmpty()) {
      throw new InvalidConfigException(
          path
              + (split == null ? "" : " (split " + split + ")")
              + " has no article with gold.sentences (tokens and NER tags)");
    }
    return docs;
  }

  public static List<List<TaggedSentence>> fromConll(SparkSession spark, String file) {
    Path p = new Path(file);
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        throw new InvalidConfigException("CoNLL file " + file + " does not exist");
      }
      String text;
      try (InputStream in = fs.open(p)) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      List<List<TaggedSentence>> docs = ConllFormat.read(text);
      if (docs.isEmpty()) {
        throw new InvalidConfigException("CoNLL file " + file + " has no sentence");
      }
      return docs;
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
