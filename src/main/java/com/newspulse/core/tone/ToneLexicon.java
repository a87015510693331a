package com.newspulse.core.tone;

import com.newspulse.core.text.DataLines;
import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.TextSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Weighted tone terms, loaded from a UTF-8 TSV file ({@code conf/tone/lexicon.tsv}): one {@code
 * term<TAB>weight} per line, {@code #} comment lines and blank lines ignored. Weights are in [-3,
 * 3] and not 0. A term is one word or a few words ("record high"); it is tokenized with {@link
 * MatchTokens}, exactly like the text it is matched against, and compared case-insensitively after
 * {@link com.newspulse.core.text.Folding folding}.
 *
 * <p>Every problem in the file is collected and reported at once as {@code name:line: problem} in a
 * {@link ToneLexiconException}. The caller resolves paths and classpath resources and passes a
 * stream or reader plus a name for the messages.
 */
public final class ToneLexicon implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final double MAX_WEIGHT = 3.0;

  /** Folded units of a term joined by single spaces, to weight. */
  private final Map<String, Double> weights;

  private ToneLexicon(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /**
   * Reads a lexicon from a UTF-8 stream (closed afterwards); {@code sourceName} labels error
   * messages.
   */
  public static ToneLexicon load(String sourceName, InputStream in) {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
      return parse(sourceName, reader);
    } catch (IOException e) {
      throw new ToneLexiconException(List.of(sourceName + ": cannot read: " + e.getMessage()), e);
    }
  }

  /** Parses a lexicon; the reader is not closed. */
  public static ToneLexicon parse(String sourceName, Reader reader) {
    TextSegmenter segmenter = new TextSegmenter();
    Map<String, Double> weights = new HashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    List<String> problems = new ArrayList<>();
    DataLines lines = new DataLines(reader);
    try {
      for (String line = lines.next(); line != null; line = lines.next()) {
        int lineNo = lines.lineNo();
        String where = sourceName + ":" + lineNo + ": ";
        String[] cols = line.split("\t", -1);
        if (cols.length != 2) {
          problems.add(where + "expected 'term<TAB>weight', found " + cols.length + " column(s)");
          continue;
        }
        String term = cols[0].strip();
        Double weight = weight(cols[1].strip(), where, problems);
        String key = key(segmenter, term, where, problems);
        if (weight == null || key == null) {
          continue;
        }
        Integer seen = firstLine.putIfAbsent(key, lineNo);
        if (seen != null) {
          problems.add(where + "duplicate term '" + term + "' (first on line " + seen + ")");
          continue;
        }
        weights.put(key, weight);
      }
    } catch (IOException e) {
      throw new ToneLexiconException(
          List.of(sourceName + ":" + lines.lineNo() + ": cannot read: " + e.getMessage()), e);
    }
    if (!problems.isEmpty()) {
      throw new ToneLexiconException(problems);
    }
    if (weights.isEmpty()) {
      throw new ToneLexiconException(List.of(sourceName + ": no terms"));
    }
    return new ToneLexicon(weights);
  }

  private static Double weight(String text, String where, List<String> problems) {
    double w;
    try {
      w = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      problems.add(where + "weight '" + text + "' is not a number");
      return null;
    }
    if (!(Math.abs(w) <= MAX_WEIGHT)) {
      problems.add(where + "weight " + text + " is outside [-3, 3]");
      return null;
    }
    if (w == 0) {
      problems.add(where + "weight 0 has no effect; leave neutral words out");
      return null;
    }
    return w;
  }

  /**
   * The term's folded units joined by spaces, or null (with a problem) when it is not made of
   * words.
   */
  private static String key(
      TextSegmenter segmenter, String term, String where, List<String> problems) {
    if (term.isEmpty()) {
      problems.add(where + "empty term");
      return null;
    }
    MatchTokens units = MatchTokens.ofPhrase(segmenter, term);
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < units.size(); i++) {
      String unit = units.folded(i);
      if (!unit.equals("-") && !Character.isLetterOrDigit(unit.codePointAt(0))) {
        problems.add(
            where + "term '" + term + "' contains '" + unit + "'; use words (hyphens allowed)");
        return null;
      }
      if (i > 0) {
        key.append(' ');
      }
      key.append(unit);
    }
    return key.toString();
  }

  public int size() {
    return weights.size();
  }

  /** Weight of a term as written in a lexicon file (any case), or empty. */
  public OptionalDouble weight(String term) {
    Double w =
        weights.get(String.join(" ", MatchTokens.ofPhrase(new TextSegmenter(), term).foldedKeys()));
    return w == null ? OptionalDouble.empty() : OptionalDouble.of(w);
  }

  /** Every term's weight by key (folded units joined by single spaces). */
  Map<String, Double> weightsByKey() {
    return weights;
  }
}
