package com.newspulse.core.feed;

import com.newspulse.core.text.TextChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What the extractors read of one article: the headline and the body after markup, links, link
 * lines and the source's boilerplate (in the headline: its branded prefix or suffix) are removed,
 * joined as {@code headline + "\n\n" + body} (the blank line keeps the headline its own sentence).
 * Every span found in {@link #text()} maps back to its field ({@link #TITLE} or {@link #TEXT}) and
 * to offsets of the original field value, so the tables index {@code articles.title} / {@code
 * articles.text} as stored.
 */
public final class ArticleText {
  public static final String TITLE = "title";
  public static final String TEXT = "text";

  private final MappedText title;
  private final MappedText body;
  private final String text;
  private final int titleEnd;
  private final int bodyStart;
  private final int boilerplateChars;

  private ArticleText(MappedText title, MappedText body, int boilerplateChars) {
    this.title = title;
    this.body = body;
    this.boilerplateChars = boilerplateChars;
    if (TextChecks.hasVisibleText(title.text())) {
      this.text = title.text() + "\n\n" + body.text();
      this.titleEnd = title.length();
      this.bodyStart = titleEnd + 2;
    } else {
      this.text = body.text();
      this.titleEnd = 0;
      this.bodyStart = 0;
    }
  }

  /**
   * Body only, nothing removed but markup (tests, bench, callers without a headline or feed
   * history).
   */
  public static ArticleText of(String body) {
    return prepare(null, body, null, BoilerplateSet.empty(), new FeedUnits());
  }

  /**
   * @param boilerplate the run's boilerplate; the lines of {@code source} it lists are removed
   */
  public static ArticleText prepare(
      String title, String body, String source, BoilerplateSet boilerplate, FeedUnits units) {
    MappedText t = HtmlText.strip(title);
    List<int[]> affixes = new ArrayList<>();
    for (FeedUnits.Unit u : units.titleUnits(t.text())) {
      if (boilerplate.contains(source, u.key())) {
        affixes.add(new int[] {u.start(), u.end()});
      }
    }
    MappedText branded = t;
    t = without(t, affixes);
    if (!TextChecks.hasVisibleText(t.text())) {
      t = branded; // a headline that is all brand stays as it is
    }
    t = withoutLinks(t);
    MappedText b = HtmlText.strip(body);
    List<int[]> drop = new ArrayList<>();
    for (FeedUnits.Unit u : units.units(b.text())) {
      if (u.kind() == FeedUnits.Kind.LINK || boilerplate.contains(source, u.key())) {
        drop.add(new int[] {u.start(), u.end()});
      }
    }
    int removed = 0;
    for (int[] r :
        merge(drop)) { // units overlap (a line, its sentences, its affixes): count chars once
      removed += b.sourceEnd(r[1]) - b.sourceStart(r[0]);
    }
    b = without(b, drop);
    return new ArticleText(t, withoutLinks(b), removed);
  }

  /**
   * URLs and e-mail addresses inside running text are not words: "twitter.com" is no mention of
   * Twitter.
   */
  static MappedText withoutLinks(MappedText m) {
    String s = m.text();
    if (!BoilerplateKey.mayHaveUrl(s) && !BoilerplateKey.mayHaveEmail(s)) {
      return m;
    }
    List<int[]> drop = new ArrayList<>();
    Matcher u = BoilerplateKey.URL.matcher(s);
    while (u.find()) {
      drop.add(new int[] {u.start(), u.end()});
    }
    Matcher e = BoilerplateKey.EMAIL.matcher(s);
    while (e.find()) {
      drop.add(new int[] {e.start(), e.end()});
    }
    return without(m, drop);
  }

  private static MappedText without(MappedText m, List<int[]> ranges) {
    if (ranges.isEmpty()) {
      return m;
    }
    List<int[]> merged = merge(ranges);
    int[] starts = new int[merged.size()];
    int[] ends = new int[merged.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = merged.get(i)[0];
      ends[i] = merged.get(i)[1];
    }
    return m.without(starts, ends);
  }

  /** The ranges sorted, overlapping or touching ones merged. */
  private static List<int[]> merge(List<int[]> ranges) {
    ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : ranges) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.add(new int[] {r[0], r[1]});
      }
    }
    return merged;
  }

  /**
   * The analysed text: headline, blank line, body (or the body alone when there is no headline).
   */
  public String text() {
    return text;
  }

  /** The cleaned headline, or null when the article has none (no visible headline text). */
  public String title() {
    return bodyStart > 0 ? title.text() : null;
  }

  /** The cleaned body alone (near-duplicates, topics). */
  public String body() {
    return body.text();
  }

  /** Chars of the original body removed as boilerplate or link lines. */
  public int boilerplateChars() {
    return boilerplateChars;
  }

  /** Start of the body in {@link #text()}; 0 when there is no headline. */
  public int bodyStart() {
    return bodyStart;
  }

  public boolean inTitle(int start) {
    return start < titleEnd;
  }

  public String field(int start) {
    return inTitle(start) ? TITLE : TEXT;
  }

  /** Where span {@code [start, end)} of {@link #text()} is in the original article. */
  public record Span(String field, int start, int end, String surface) {}

  /**
   * Span {@code [start, end)} of {@link #text()} as its field, original offsets and original
   * surface.
   */
  public Span locate(int start, int end) {
    return new Span(field(start), fieldStart(start), fieldEnd(start, end), surface(start, end));
  }

  /** Offset in the original field of the span starting at {@code start} of {@link #text()}. */
  public int fieldStart(int start) {
    return inTitle(start) ? title.sourceStart(start) : body.sourceStart(bodyIndex(start));
  }

  /**
   * Offset (exclusive) in the original field of the span {@code [start, end)} of {@link #text()}.
   */
  public int fieldEnd(int start, int end) {
    if (inTitle(start)) {
      return title.sourceEnd(Math.min(end, titleEnd));
    }
    return body.sourceEnd(Math.max(bodyIndex(start) + 1, bodyIndex(end)));
  }

  /** The original field's text of span {@code [start, end)}. */
  public String surface(int start, int end) {
    MappedText m = inTitle(start) ? title : body;
    return m.source().substring(fieldStart(start), fieldEnd(start, end));
  }

  /**
   * Index in {@link #text()} of the first kept body char at or after original body offset {@code
   * offset}.
   */
  public int textIndexOfBodyOffset(int offset) {
    return bodyStart + body.derivedIndex(offset);
  }

  private int bodyIndex(int i) {
    return Math.max(0, Math.min(i - bodyStart, body.length()));
  }
}
