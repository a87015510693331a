package com.newspulse.cli;

import com.newspulse.config.InvalidConfigException;
import com.newspulse.config.NewsPulseConfig;
import com.newspulse.enrich.CandidateExport;
import com.newspulse.spark.SparkSetup;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "candidates",
    mixinStandardHelpOptions = true,
    description = "Entity candidates (proper-noun phrases the knowledge base does not know).",
    subcommands = {CandidatesCommand.Export.class})
public final class CandidatesCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: export");
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write entity_candidates as a knowledge-base TSV file for review (docs/tables.md).",
        "The file starts with '# reviewed: no'; 'newspulse validate' accepts it once placed under kb.path."
      })
  static final class Export implements Callable<Integer> {
    @Mixin OutputOption output;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "FILE",
        description = "TSV file to write.")
    Path to;

    @Option(
        names = "--min-articles",
        paramLabel = "N",
        description = "Only candidates with at least N articles (default: discovery.min-articles).")
    Integer minArticles;

    @Option(
        names = "--type",
        paramLabel = "TYPE",
        description = "Only this suggested type: PERSON, ORG, GPE, UNKNOWN.")
    String type;

    // Not the JobOptions mixin: its --to is the window end, here --to is the file.
    @Option(
        names = "--conf",
        paramLabel = "FILE",
        description =
            "HOCON config file (default: $NEWSPULSE_CONF if set, else the bundled defaults).")
    Path conf;

    @picocli.CommandLine.Parameters(
        paramLabel = "key=value",
        arity = "0..*",
        description = "Config overrides, keys relative to 'newspulse'.")
    List<String> overrides = new java.util.ArrayList<>();

    @Override
    public Integer call() {
      Path file = conf;
      String env = System.getenv("NEWSPULSE_CONF");
      if (file == null && env != null && !env.isBlank()) {
        file = Path.of(env);
      }
      NewsPulseConfig config = com.newspulse.config.ConfigLoader.load(file, overrides);
      if (type != null && !List.of("PERSON", "ORG", "GPE", "UNKNOWN").contains(type)) {
        throw new InvalidConfigException("--type must be PERSON, ORG, GPE or UNKNOWN, got " + type);
      }
      TableStore store = new TableStore(SparkSetup.session(config), output.path);
      int n =
          export(
              store,
              to,
              minArticles != null ? minArticles : config.analytics().discoveryMinArticles(),
              type);
      System.out.printf("candidates export: %d candidates written to %s%n", n, to);
      return 0;
    }
  }

  /** Exports the candidates of {@code store}; returns how many were written. */
  public static int export(TableStore store, Path to, int minArticles, String type) {
    Dataset<Row> c =
        store.read(Tables.ENTITY_CANDIDATES).filter(functions.col("articles").geq(minArticles));
    if (type != null) {
      c = c.filter(functions.col("suggested_type").equalTo(type));
    }
    List<CandidateExport.Item> items =
        c.orderBy(functions.col("articles").desc(), functions.col("key")).collectAsList().stream()
            .map(
                r ->
                    new CandidateExport.Item(
                        r.getAs("key"),
                        r.getAs("surface"),
                        r.getAs("suggested_type"),
                        r.<Long>getAs("articles"),
                        r.<Long>getAs("mentions"),
                        String.valueOf(r.<Object>getAs("first_seen")),
                        String.valueOf(r.<Object>getAs("last_seen")),
                        r.getAs("sources"),
                        r.getAs("example_article_ids")))
            .toList();
    try {
      if (to.toAbsolutePath().getParent() != null) {
        Files.createDirectories(to.toAbsolutePath().getParent());
      }
      try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
        CandidateExport.write(items, w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + to, e);
    }
    return items.size();
  }
}
