package com.newspulse.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A knowledge base grown by synthetic aliases for the {@code enrich-kb*} bench rows: the job's own
 * KB files plus {@code synthetic.tsv} with {@code n} aliases (two per ORG entity: an invented
 * five-syllable name and "&lt;name&gt; Holdings"), none of which occurs in generated articles, so
 * the rows do the same matching work and differ only by the size of the index.
 */
final class SyntheticAliases {
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zu", "bra", "qui", "dex", "fon", "gal", "hir",
    "jun", "kel", "mor", "nix", "pax", "ros", "tul", "vin", "wex"
  };

  private SyntheticAliases() {}

  /** Invented word {@code i}, unique for i < 24^5 (7,962,624). */
  static String word(int i) {
    StringBuilder b = new StringBuilder();
    int v = i;
    for (int k = 0; k < 5; k++) {
      b.append(SYLLABLES[v % SYLLABLES.length]);
      v /= SYLLABLES.length;
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }

  /** Writes (once) and returns the folder of the grown knowledge base. */
  static String knowledgeBase(Path baseKb, int aliases, Path dir) {
    try {
      Path synthetic = dir.resolve("synthetic.tsv");
      if (!Files.exists(synthetic)) {
        Files.createDirectories(dir);
        try (Stream<Path> files =
            Files.isDirectory(baseKb) ? Files.list(baseKb) : Stream.of(baseKb)) {
          for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tsv")).toList()) {
            Files.copy(
                f,
                dir.resolve(f.getFileName().toString()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
        Path tmp = dir.resolve("synthetic.tsv.tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          w.write("id\ttype\tname\taliases\twikidata\tcountry\tcontext\n");
          for (int i = 0; i < aliases / 2; i++) {
            String name = word(i);
            w.write("syn-" + i + "\tORG\t" + name + "\t" + name + " Holdings\t\t\t\n");
          }
        }
        Files.move(tmp, synthetic, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return dir.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the synthetic knowledge base in " + dir + ": " + e.getMessage(), e);
    }
  }
}
