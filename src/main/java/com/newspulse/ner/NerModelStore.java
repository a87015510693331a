package com.newspulse.ner;

import com.newspulse.config.InvalidConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/**
 * A trained NER model on any Hadoop file system: {@code <dir>/pipeline} (the Spark ML PipelineModel
 * for raw text) and {@code <dir>/model.properties} (format, training data, settings, timings), so a
 * model says how it was made and a wrong path fails with a clear message.
 */
public final class NerModelStore {
  static final String FORMAT = "newspulse-ner-1";
  private static final String PROPERTIES = "model.properties";
  private static final String PIPELINE = "pipeline";

  private NerModelStore() {}

  public static void save(
      SparkSession spark, String dir, PipelineModel model, Map<String, String> info) {
    try {
      Path root = new Path(dir);
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      model.write().overwrite().save(new Path(root, PIPELINE).toString());
      Properties p = new Properties();
      p.putAll(new TreeMap<>(info));
      p.setProperty("format", FORMAT);
      try (OutputStream out = fs.create(new Path(root, PROPERTIES), true)) {
        p.store(
            new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
            "NewsPulse NER model (train-ner)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the NER model to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * @throws InvalidConfigException when {@code dir} holds no model written by {@link #save}
   */
  public static PipelineModel load(SparkSession spark, String dir) {
    Properties p = properties(spark, dir);
    if (!FORMAT.equals(p.getProperty("format"))) {
      throw new InvalidConfigException(
          "ner.model "
              + dir
              + " has format '"
              + p.getProperty("format")
              + "', expected "
              + FORMAT
              + ": retrain it with train-ner");
    }
    return PipelineModel.load(new Path(new Path(dir), PIPELINE).toString());
  }

  public static Properties properties(SparkSession spark, String dir) {
    Path file = new Path(new Path(dir), PROPERTIES);
    try {
      FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(file)) {
        throw new InvalidConfigException(
            "ner.model "
                + dir
                + " is not a NewsPulse NER model (no "
                + PROPERTIES
                + "): train one with 'newspulse train-ner --out "
                + dir
                + " ...'");
      }
      Properties p = new Properties();
      try (InputStream in = fs.open(file)) {
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the NER model " + dir + ": " + e.getMessage(), e);
    }
  }
}
