package com.newspulse.core.keywords;

import com.newspulse.core.text.DataLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled English stop-word list ({@code /newspulse/stopwords-en.txt}), loaded once per JVM.
 * Public for the other core analyses (candidate discovery, the topic vocabulary in {@code
 * core.topics.TopicTerms}), which use the same list through {@link #contains} and {@link #ENGLISH}.
 */
public final class StopWords {

  static final String RESOURCE = "/newspulse/stopwords-en.txt";

  /** Loaded eagerly by class init, so every executor JVM reads the resource once, not per task. */
  public static final Set<String> ENGLISH = load(RESOURCE);

  private StopWords() {}

  /**
   * True when {@code word} is listed; the argument should already be lower-cased (curly apostrophes
   * are folded).
   */
  public static boolean contains(String word) {
    return ENGLISH.contains(word.replace('\u2019', '\''));
  }

  static Set<String> load(String resource) {
    InputStream in = StopWords.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("stop-word resource missing from classpath: " + resource);
    }
    Set<String> words = new HashSet<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      DataLines lines = new DataLines(reader);
      for (String line = lines.next(); line != null; line = lines.next()) {
        words.add(line.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(words);
  }
}
