package com.newspulse.topics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newspulse.spark.RunTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fitted topic models under {@code <output>/_models/topics/}:
 *
 * <pre>
 *   _models/topics/CURRENT                 one line: the version runs use
 *   _models/topics/&lt;version&gt;/vocabulary   Spark ML CountVectorizerModel (the vocabulary: term index = LDA term id)
 *   _models/topics/&lt;version&gt;/lda          Spark ML LocalLDAModel (the online optimizer's model)
 *   _models/topics/&lt;version&gt;/metadata.json version, fitted_at, k, vocab size, sample size, window, settings hash
 * </pre>
 *
 * <p>A version is the run id of the run that fitted it ({@code 20250310T101500Z-3f9a1c}), so
 * versions sort by fitting time and a {@code runs} row tells where each came from. {@code
 * metadata.json} is written last and marks a complete version: a fit killed half way leaves a
 * folder without it, which is never used. A version is published with the run that fitted it, or
 * not at all: the run saves it in its staging area, and its publish journal moves the folder into
 * place ({@link RunTransaction#stageFolder}) and then points {@code CURRENT} at it ({@link
 * RunTransaction#stagePointer}), after its tables, atomically. A run that fails or is killed before
 * it commits leaves neither. Without {@code CURRENT} there is no model yet. The folder starts with
 * {@code _}, so Spark and the DuckDB catalog never mistake it for a table.
 */
public final class TopicModelStore {
  private static final Logger LOG = LoggerFactory.getLogger(TopicModelStore.class);
  static final String CURRENT = "CURRENT";

  /** {@code CURRENT} relative to the output root, for {@link RunTransaction#stagePointer}. */
  public static final String CURRENT_PATH = "_models/topics/" + CURRENT;

  /** A version's folder relative to the output root, for {@link RunTransaction#stageFolder}. */
  public static String folderOf(String version) {
    return "_models/topics/" + version;
  }

  static final String METADATA = "metadata.json";

  /** Plain databind (dates as ISO strings), so no extra Jackson module is needed on a cluster. */
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What metadata.json holds.
   *
   * @param fittedAt ISO-8601 instant
   * @param windowFrom first day of the articles the model was fitted on (ISO date)
   * @param settingsHash {@link com.newspulse.config.TopicsConfig#modelHash()} of the fit's settings
   * @param coherence each topic's NPMI coherence over the fit's sample ({@link
   *     com.newspulse.core.topics.TopicCoherence}), by topic id; null for a model saved before
   *     coherence was measured, an element null where a topic had under two terms
   */
  public record Meta(
      String version,
      String fittedAt,
      int k,
      int vocabSize,
      long sampleSize,
      String windowFrom,
      String windowTo,
      String settingsHash,
      List<Double> coherence) {
    public Instant fittedAtInstant() {
      return Instant.parse(fittedAt);
    }
  }

  /** One saved model version: vocabulary + LDA model + metadata. */
  public record Model(Meta meta, CountVectorizerModel vocabulary, LocalLDAModel lda) {}

  private final Path root;
  private final FileSystem fs;

  public TopicModelStore(SparkSession spark, String output) {
    this.root = new Path(new Path(output, "_models"), "topics");
    try {
      this.fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open file system of " + root, e);
    }
  }

  public Path root() {
    return root;
  }

  /**
   * The version runs use: the one {@code CURRENT} names (published by the run that fitted it), else
   * none. A pointer to a missing or incomplete version is a damaged output: it counts as none, with
   * a warning, so the next run fits a new model.
   */
  public Optional<String> current() {
    Path pointer = new Path(root, CURRENT);
    try {
      if (!fs.exists(pointer)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(pointer)) {
        String v = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        if (isComplete(v)) {
          return Optional.of(v);
        }
        LOG.warn(
            "{} names topic model {} which is missing or incomplete: no current model", pointer, v);
        return Optional.empty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topic model pointer " + pointer, e);
    }
  }

  /** Complete versions, oldest first. */
  public List<String> versions() {
    List<String> out = new ArrayList<>();
    try {
      if (!fs.exists(root)) {
        return out;
      }
      for (FileStatus s : fs.listStatus(root)) {
        if (s.isDirectory() && isComplete(s.getPath().getName())) {
          out.add(s.getPath().getName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list topic models under " + root, e);
    }
    Collections.sort(out);
    return out;
  }

  private boolean isComplete(String version) throws IOException {
    return !version.isEmpty() && fs.exists(new Path(new Path(root, version), METADATA));
  }

  public Model load(String version) {
    Path dir = new Path(root, version);
    try (InputStream in = fs.open(new Path(dir, METADATA))) {
      Meta meta = JSON.readValue(in, Meta.class);
      return new Model(
          meta,
          CountVectorizerModel.load(new Path(dir, "vocabulary").toString()),
          LocalLDAModel.load(new Path(dir, "lda").toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load topic model " + dir, e);
    }
  }

  /**
   * Saves a new version into {@code dir}, the run's staged folder for it ({@link
   * RunTransaction#stageFolder} of {@link #folderOf}): the publish moves it into place, so a run
   * that does not publish leaves no model behind. Metadata last: until then the version is
   * incomplete.
   */
  public void saveTo(Model m, Path dir) {
    try {
      if (fs.exists(dir)) {
        fs.delete(dir, true); // an incomplete earlier attempt of the same version
      }
      m.vocabulary().write().save(new Path(dir, "vocabulary").toString());
      m.lda().write().save(new Path(dir, "lda").toString());
      try (OutputStream out = fs.create(new Path(dir, METADATA), true)) {
        out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m.meta()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save topic model " + dir, e);
    }
  }
}
