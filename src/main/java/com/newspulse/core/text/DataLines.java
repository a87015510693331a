package com.newspulse.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The content lines of one of the project's UTF-8 data files (knowledge base, tone lexicon, stop
 * words): a byte-order mark before the first line is dropped (editors on Windows write one), and
 * blank lines and lines whose first non-blank character is {@code #} are skipped. Line numbers
 * count every physical line, so a problem can name the line an editor shows.
 */
public final class DataLines {
  private final BufferedReader in;
  private int lineNo;

  /** Reads from {@code reader}, which the caller closes. */
  public DataLines(Reader reader) {
    this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
  }

  /** The next content line, unstripped; null at the end of the input. */
  public String next() throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        return line;
      }
    }
    return null;
  }

  /** The physical line number (1-based) of the line {@link #next} returned last. */
  public int lineNo() {
    return lineNo;
  }
}
