package com.newspulse.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The error lists {@code eval} writes beside its figures, one TSV per task (article id, kind,
 * label, group), so each false positive and miss can be looked up.
 */
public final class EvalErrorFiles {
  private EvalErrorFiles() {}

  /** Writes the error lists (one TSV per task) into {@code dir}. */
  public static void write(GoldEval.Report report, Path dir) {
    try {
      Files.createDirectories(dir);
      write(
          dir.resolve("places_errors.tsv"),
          report.places().errors().stream()
              .map(e -> e.articleId() + "\t" + e.kind() + "\t" + e.label() + "\t" + e.group())
              .toList());
      List<String> themeLines = new ArrayList<>();
      report
          .topics()
          .forEach(
              (topic, s) ->
                  s.errors()
                      .forEach(
                          e ->
                              themeLines.add(
                                  e.articleId()
                                      + "\t"
                                      + e.kind()
                                      + "\t"
                                      + topic
                                      + "\t"
                                      + e.group())));
      write(dir.resolve("themes_errors.tsv"), themeLines);
      write(dir.resolve("people_orgs_missed.tsv"), report.recallMisses());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write eval errors to " + dir, e);
    }
  }

  private static void write(Path file, List<String> lines) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("article_id\tkind\tlabel\tgroup\n");
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
  }
}
