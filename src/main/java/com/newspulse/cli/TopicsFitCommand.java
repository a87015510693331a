package com.newspulse.cli;

import com.newspulse.job.NewsPulseJob;
import com.newspulse.tables.Tables;
import com.newspulse.topics.TopicModelStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;

@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
      "Refit the topic model on the window's published articles",
      "(at most topics.sample-size of them), save it as a new version under",
      "<output>/_models/topics/ and make it current. The window's article_topics",
      "and trends are recomputed with it; later runs use it. Rows of other dates",
      "keep the version that produced them (article_topics.model_version).",
      "Prints the version and its topics, each with its coherence (NPMI of its top",
      "terms over the fit's sample; topics.restarts and topics.k = auto keep the",
      "most coherent of several fits)."
    })
final class TopicsFitCommand extends PipelineCommand {
  @Override
  public Integer call() {
    NewsPulseJob nj = newJob().whenPublished(() -> Printer.catalog(System.out, output.path));
    NewsPulseJob.RunResult r = nj.topicsFit(job.from, job.to);
    Printer.result(System.out, "topics fit", output.path, r);
    Optional<String> version = new TopicModelStore(nj.store().spark(), output.path).current();
    if (version.isEmpty()) {
      System.out.println("no topic model: too little data in the window (see the warning above)");
      return 0;
    }
    List<Row> topics =
        nj.store()
            .read(Tables.TOPICS)
            .filter(functions.col("model_version").equalTo(version.get()))
            .orderBy("topic_id")
            .select("topic_id", "articles", "coherence", "description")
            .collectAsList();
    System.out.println(
        "topic model "
            + version.get()
            + " (current), mean coherence (NPMI of each topic's top terms) "
            + npmi(
                topics.stream()
                    .filter(t -> !t.isNullAt(2))
                    .mapToDouble(t -> t.getDouble(2))
                    .average()));
    for (Row t : topics) {
      System.out.printf(
          Locale.ROOT,
          "  %3d  %6d articles  NPMI %s  %s%n",
          t.getInt(0),
          t.getLong(1),
          npmi(t.isNullAt(2) ? OptionalDouble.empty() : OptionalDouble.of(t.getDouble(2))),
          t.getString(3));
    }
    return 0;
  }

  private static String npmi(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%+.3f", v.getAsDouble()) : "  n/a";
  }
}
