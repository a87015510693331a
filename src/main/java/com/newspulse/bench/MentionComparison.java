package com.newspulse.bench;

import com.newspulse.bench.EntityRows.AliasIndex;
import com.newspulse.bench.EntityRows.Candidate;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.match.EntityMention;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The untimed half of the entity bench: every mention of either side ({@link EntityRows#ours},
 * {@link EntityRows#sparkNlp}) classified as an agreement or by the reason the two differ, so the
 * speed comparison is read next to what each side counts.
 */
final class MentionComparison {
  private MentionComparison() {}

  static final String AGREE = "agree: same span, same entity";
  static final String AMBIGUOUS = "definition: ambiguous alias needs context";
  static final String CASE = "definition: case rule";
  static final String INSIDE = "theirs: inside a word / wrong span";
  static final String SURNAME = "ours: surname rule";
  static final String TOKEN = "definition: tokenization ('s, hyphen words kept whole; U.S. split)";
  static final String NESTED =
      "definition: nested match (TextMatcher reports phrases inside longer ones)";
  static final String FOLDING = "definition: folding (’ é ... vs the alias)";
  static final String OVERLAP = "definition: overlapping spans (longest match, merge)";
  static final String OTHER = "other";

  static final StructType DIFF =
      new StructType()
          .add("bucket", DataTypes.StringType)
          .add("side", DataTypes.StringType)
          .add("article", DataTypes.StringType)
          .add("entity_id", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("surface", DataTypes.StringType)
          .add("context", DataTypes.StringType);

  /**
   * One row per mention of either side, classified: {@code side} is both / ours / theirs. Input:
   * articles (id, text) joined with both mention arrays.
   */
  static Dataset<Row> classify(
      Dataset<Row> articles, Dataset<Row> ours, Dataset<Row> theirs, KnowledgeBase kb) {
    AliasIndex index = new AliasIndex(kb);
    Dataset<Row> joined =
        articles
            .select("id", "text")
            .join(ours.withColumnRenamed("mentions", "o"), "id")
            .join(theirs.withColumnRenamed("mentions", "t"), "id");
    return joined.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> {
              List<Row> out = new ArrayList<>();
              while (rows.hasNext()) {
                Row r = rows.next();
                classifyArticle(
                    r.getString(0), r.getString(1), r.getList(2), r.getList(3), index, out);
              }
              return out.iterator();
            },
        Encoders.row(DIFF));
  }

  private static void classifyArticle(
      String article, String text, List<Row> o, List<Row> t, AliasIndex index, List<Row> out) {
    Map<Long, Row> theirsBySpan = new LinkedHashMap<>();
    for (Row m : t) {
      theirsBySpan.put(span(m), m);
    }
    Set<Long> used = new java.util.HashSet<>();
    List<Row> oursLeft = new ArrayList<>();
    for (Row m : o) {
      Row x = theirsBySpan.get(span(m));
      if (x != null) {
        used.add(span(m));
        if (x.getString(0).equals(m.getString(0))) {
          out.add(diff(AGREE, "both", article, m, text));
        } else {
          List<Candidate> c = index.candidates(x.getString(3));
          out.add(
              diff(
                  c.size() > 1 ? AMBIGUOUS : OTHER,
                  "both, other id (theirs " + x.getString(0) + ")",
                  article,
                  m,
                  text));
        }
      } else {
        oursLeft.add(m);
      }
    }
    List<Row> theirsLeft = new ArrayList<>();
    for (Row m : t) {
      if (!used.contains(span(m))) {
        theirsLeft.add(m);
      }
    }
    for (Row m : oursLeft) {
      String bucket;
      Row overlap = overlapping(m, theirsLeft);
      if (EntityMention.SURNAME.equals(m.getString(4))) {
        bucket = SURNAME;
      } else if (overlap != null) {
        bucket = atWordBoundary(text, overlap) ? OVERLAP : INSIDE;
      } else if (index.candidates(m.getString(3)).isEmpty()) {
        bucket = FOLDING;
      } else if (gluedAfter(text, m.getInt(2))
          || gluedBefore(text, m.getInt(1))
          || m.getString(3).contains(".")) {
        bucket = TOKEN;
      } else {
        bucket = OTHER;
      }
      out.add(diff(bucket, "ours", article, m, text));
    }
    for (Row m : theirsLeft) {
      String bucket;
      List<Candidate> c = index.candidates(m.getString(3));
      Candidate chosen = c.isEmpty() ? null : AliasIndex.chosen(c);
      if (!atWordBoundary(text, m)) {
        bucket = INSIDE;
      } else if (inside(m, o) || inside(m, t)) {
        bucket = NESTED;
      } else if (overlapping(m, oursLeft) != null) {
        bucket = OVERLAP;
      } else if (chosen != null
          && c.stream().allMatch(Candidate::caseSensitive)
          && c.stream().noneMatch(x -> x.alias().equals(m.getString(3)))) {
        bucket = CASE;
      } else if (chosen != null && c.stream().anyMatch(Candidate::ambiguous)) {
        bucket = AMBIGUOUS;
      } else {
        bucket = OTHER;
      }
      out.add(diff(bucket, "theirs", article, m, text));
    }
  }

  private static long span(Row m) {
    return ((long) m.getInt(1) << 32) | m.getInt(2);
  }

  private static Row overlapping(Row m, List<Row> others) {
    for (Row x : others) {
      if (x.getInt(1) < m.getInt(2) && m.getInt(1) < x.getInt(2)) {
        return x;
      }
    }
    return null;
  }

  /** {@code m} lies within another mention of {@code others} with a different (longer) span. */
  private static boolean inside(Row m, List<Row> others) {
    for (Row x : others) {
      if (x.getInt(1) <= m.getInt(1) && m.getInt(2) <= x.getInt(2) && span(x) != span(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean atWordBoundary(String text, Row m) {
    int s = m.getInt(1);
    int e = m.getInt(2);
    return (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
        && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
  }

  private static boolean gluedAfter(String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    return c == '\'' || c == '’' || c == '-' || Character.isLetterOrDigit(c);
  }

  private static boolean gluedBefore(String text, int start) {
    if (start == 0) {
      return false;
    }
    char c = text.charAt(start - 1);
    return c == '-' || c == '/' || Character.isLetterOrDigit(c);
  }

  private static Row diff(String bucket, String side, String article, Row m, String text) {
    int s = m.getInt(1);
    int e = m.getInt(2);
    String ctx =
        text.substring(Math.max(0, s - 30), Math.min(text.length(), e + 30))
            .replaceAll("\\s+", " ");
    return RowFactory.create(bucket, side, article, m.getString(0), s, m.getString(3), ctx);
  }

  /** Helper for printing: ordered bucket names. */
  static List<String> bucketOrder() {
    return List.of(AGREE, AMBIGUOUS, CASE, INSIDE, SURNAME, NESTED, TOKEN, FOLDING, OVERLAP, OTHER);
  }

  static Map<String, Long> sortedCounts(Iterator<Row> rows) {
    Map<String, Long> m = new TreeMap<>();
    rows.forEachRemaining(r -> m.put(r.getString(0), r.getLong(1)));
    return m;
  }
}
