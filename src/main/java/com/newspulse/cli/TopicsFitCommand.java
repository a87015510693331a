package com.newspulse.cli;

import com.newspulse.job.NewsPulseJob;
import com.newspulse.tables.Tables;
import com.newspulse.topics.TopicModelStore;
import java.util.Optional;
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
      "Prints the version and its topics."
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
    System.out.println("topic model " + version.get() + " (current)");
    for (Row t :
        nj.store()
            .read(Tables.TOPICS)
            .filter(functions.col("model_version").equalTo(version.get()))
            .orderBy("topic_id")
            .select("topic_id", "articles", "description")
            .collectAsList()) {
      System.out.printf("  %3d  %6d articles  %s%n", t.getInt(0), t.getLong(1), t.getString(2));
    }
    return 0;
  }
}
