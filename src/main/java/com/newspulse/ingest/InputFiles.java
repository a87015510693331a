package com.newspulse.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Checks every Parquet file of an input before any work: a truncated or corrupt file among good
 * ones would otherwise fail a task halfway through the run with a stack trace that does not name
 * it. Reads each file's footer (the end of the file, where a truncated file is broken first): one
 * or two small reads per file, on the driver. Files whose names start with '_' or '.' (Spark's
 * markers, checksums) are not data and are skipped, as Spark does.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * An input's data files, split into the readable ones and the others ({@code path (size: error)}
   * each).
   */
  public record Listing(List<Path> readable, List<String> unreadable) {
    public Listing {
      readable = List.copyOf(readable);
      unreadable = List.copyOf(unreadable);
    }
  }

  /**
   * The input's data files; throws {@link InputMissingException} (exit 3) naming every unreadable
   * one.
   */
  public static List<Path> requireReadable(Configuration conf, String input) {
    Listing l = check(conf, input);
    if (!l.unreadable().isEmpty()) {
      int n = l.unreadable().size();
      throw new InputMissingException(
          n
              + " input file"
              + (n > 1 ? "s are" : " is")
              + " not readable Parquet (truncated or corrupt), nothing was processed: "
              + String.join("; ", l.unreadable())
              + ". Replace or remove "
              + (n > 1 ? "them" : "it")
              + " and run again, or set input.unreadable-files = skip to read the others.",
          null);
    }
    return l.readable();
  }

  /**
   * Reads every data file's footer. An input that does not exist gives an empty listing (the reader
   * reports it with its own message); one that cannot be listed throws {@link
   * InputMissingException}.
   */
  public static Listing check(Configuration conf, String input) {
    Path root = new Path(input);
    List<Path> files = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        return new Listing(files, bad);
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        if (!isData(root, f.getPath())) {
          continue;
        }
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromStatus(f, conf))) {
          r.getFooter();
          files.add(f.getPath());
        } catch (IOException | RuntimeException e) {
          bad.add(f.getPath() + " (" + f.getLen() + " bytes: " + e.getMessage() + ")");
        }
      }
    } catch (IOException e) {
      throw new InputMissingException("cannot list input " + input + ": " + e.getMessage(), e);
    }
    return new Listing(files, bad);
  }

  /** A data file: no path element below the input root starts with '_' or '.'. */
  private static boolean isData(Path root, Path file) {
    for (Path p = file;
        p != null && !p.equals(root) && p.depth() > root.depth();
        p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
