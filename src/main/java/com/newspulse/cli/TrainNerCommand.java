package com.newspulse.cli;

import com.newspulse.config.InvalidConfigException;
import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.ner.NerDictionary;
import com.newspulse.core.ner.TaggedSentence;
import com.newspulse.ner.NerCorpus;
import com.newspulse.ner.NerEvaluator;
import com.newspulse.ner.NerModelStore;
import com.newspulse.ner.NerSettings;
import com.newspulse.ner.NerTrainer;
import com.newspulse.spark.Locations;
import com.newspulse.spark.SparkSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a named-entity model (PER/ORG/LOC/MISC) offline with Spark NLP's pure-JVM annotators:",
      "Perceptron POS, Word2Vec embeddings on unlabeled text, NerCrf (+ the knowledge base as a dictionary feature).",
      "Use it in runs with ner.model=DIR. Example with the CoNLL-2003 corpus imported by 'import':",
      "  newspulse train-ner --input conll.parquet --split train --embeddings reuters.parquet --out models/ner",
      "      --eval-split dev"
    })
final class TrainNerCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      paramLabel = "PATH",
      description = "Imported corpus (Parquet) whose gold JSON has sentences.")
  String input;

  @Option(
      names = "--split",
      paramLabel = "NAME",
      description = "Train on this split of --input only (e.g. train).")
  String split;

  @Option(
      names = "--conll",
      paramLabel = "FILE",
      description = "Or: a CoNLL 2003 file (token POS chunk tag).")
  String conll;

  @Option(
      names = "--embeddings",
      paramLabel = "PATH",
      split = ",",
      description =
          "Parquet corpora with a text column for Word2Vec (default: the training text only).")
  List<String> embeddings = List.of();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Model folder (replaced).")
  String out;

  @Option(
      names = "--dictionary",
      defaultValue = "kb",
      paramLabel = "kb|none",
      description =
          "Knowledge-base aliases as NerCrf's dictionary feature (default: ${DEFAULT-VALUE}).")
  String dictionary;

  @Option(
      names = "--eval-split",
      paramLabel = "NAME",
      description = "After training, score the model on this split of --input (e.g. dev).")
  String evalSplit;

  @Option(
      names = "--epochs",
      defaultValue = "20",
      description = "NerCrf epochs at most (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--l2",
      defaultValue = "1.0",
      description = "NerCrf L2 regularisation (default: ${DEFAULT-VALUE}).")
  double l2;

  @Option(
      names = "--dim",
      defaultValue = "100",
      description = "Word2Vec dimensions (default: ${DEFAULT-VALUE}).")
  int dim;

  @Option(
      names = "--min-count",
      defaultValue = "3",
      description = "Word2Vec minimum word count (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(
      names = "--embedding-iterations",
      defaultValue = "1",
      description = "Word2Vec passes over the unlabeled text (default: ${DEFAULT-VALUE}).")
  int embeddingIterations;

  @Option(
      names = "--max-embedding-docs",
      defaultValue = "0",
      description =
          "At most this many documents for Word2Vec, 0 = all (default: ${DEFAULT-VALUE}).")
  long maxEmbeddingDocs;

  @Mixin JobOptions job;

  @Override
  public Integer call() {
    if ((input == null) == (conll == null)) {
      throw new InvalidConfigException(
          "give exactly one of --input PATH (imported corpus) and --conll FILE");
    }
    if (evalSplit != null && input == null) {
      throw new InvalidConfigException("--eval-split needs --input");
    }
    if (epochs < 1
        || dim < 1
        || minCount < 1
        || embeddingIterations < 1
        || maxEmbeddingDocs < 0
        || !(l2 >= 0)) {
      throw new InvalidConfigException(
          "--epochs, --dim, --min-count and --embedding-iterations must be >= 1, --l2 and"
              + " --max-embedding-docs >= 0; got epochs "
              + epochs
              + ", dim "
              + dim
              + ", min-count "
              + minCount
              + ", embedding-iterations "
              + embeddingIterations
              + ", l2 "
              + l2
              + ", max-embedding-docs "
              + maxEmbeddingDocs);
    }
    if (!dictionary.equals("kb") && !dictionary.equals("none")) {
      throw new InvalidConfigException("--dictionary must be kb or none, not " + dictionary);
    }
    NewsPulseConfig config = job.config();
    SparkSession spark = SparkSetup.session(config);
    List<List<TaggedSentence>> docs =
        input != null
            ? NerCorpus.fromParquet(spark, input, split)
            : NerCorpus.fromConll(spark, conll);
    Dataset<Row> unlabeled = trainingText(spark, docs);
    for (String p : embeddings) {
      unlabeled = unlabeled.unionByName(spark.read().parquet(p).select(functions.col("text")));
    }
    Path dict = null;
    if (dictionary.equals("kb")) {
      KnowledgeBase kb =
          com.newspulse.job.EnrichResources.load(config, spark.sparkContext().hadoopConfiguration())
              .kb();
      dict = writeDictionary(NerDictionary.lines(kb));
    }
    NerSettings settings =
        new NerSettings(
            NerSettings.DEFAULTS.posIterations(),
            dim,
            minCount,
            embeddingIterations,
            maxEmbeddingDocs,
            epochs,
            l2,
            NerSettings.DEFAULTS.seed());
    long t0 = System.nanoTime();
    NerTrainer.Result r = new NerTrainer(spark, settings).train(docs, unlabeled, dict);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, String> info = new LinkedHashMap<>();
    info.put("trained_at", java.time.Instant.now().toString());
    info.put(
        "training_data", input != null ? input + (split == null ? "" : " split=" + split) : conll);
    info.put(
        "embeddings_data",
        embeddings.isEmpty() ? "training text" : "training text + " + String.join(",", embeddings));
    info.put("documents", Long.toString(r.documents()));
    info.put("sentences", Long.toString(r.sentences()));
    info.put("tokens", Long.toString(r.tokens()));
    info.put("embedding_documents", Long.toString(r.embeddingDocuments()));
    info.put("dictionary", dictionary);
    info.put("settings", settings.toString());
    info.put("seconds_total", String.format(Locale.ROOT, "%.1f", seconds));
    NerModelStore.save(spark, out, r.model(), info);
    long bytes = Locations.size(out, spark.sparkContext().hadoopConfiguration());
    System.out.printf(
        Locale.ROOT,
        "trained on %,d documents, %,d sentences, %,d tokens; Word2Vec on %,d documents%n",
        r.documents(),
        r.sentences(),
        r.tokens(),
        r.embeddingDocuments());
    System.out.printf(
        Locale.ROOT,
        "seconds: POS %.1f, embeddings %.1f, CRF %.1f, total %.1f; model %s, %.1f MB%n",
        r.posSeconds(),
        r.embeddingsSeconds(),
        r.crfSeconds(),
        seconds,
        out,
        bytes / 1e6);
    if (evalSplit != null) {
      var scorer =
          new NerEvaluator(spark)
              .evaluate(r.model(), NerCorpus.fromParquet(spark, input, evalSplit));
      EvalCommand.printNer(System.out, "split " + evalSplit, scorer);
    }
    return 0;
  }

  /**
   * The labelled sentences' own text (tokens joined by spaces) is unlabeled text for Word2Vec too.
   */
  private static Dataset<Row> trainingText(SparkSession spark, List<List<TaggedSentence>> docs) {
    List<String> text =
        docs.stream()
            .map(d -> String.join("\n", d.stream().map(s -> String.join(" ", s.tokens())).toList()))
            .toList();
    return spark.createDataset(text, org.apache.spark.sql.Encoders.STRING()).toDF("text");
  }

  private static Path writeDictionary(List<String> lines) {
    try {
      Path file = Files.createTempFile("newspulse-ner-dictionary", ".txt");
      file.toFile().deleteOnExit();
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
