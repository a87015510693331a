package com.newspulse.eval;

import com.newspulse.config.InvalidConfigException;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a gold corpus's label vocabularies map to NewsPulse ids (e.g. conf/eval/reuters21578.conf):
 * place codes to knowledge-base countries, organisation codes to entities, topics to themes,
 * predicted ids that the corpus's era names differently, and the trend check.
 */
public record GoldMapping(
    Map<String, String> places,
    Map<String, String> orgs,
    Map<String, List<String>> topics,
    Map<String, String> predictedEquivalents,
    TrendCheck trendCheck,
    TopicsScope topicsScope) {

  /**
   * Which articles carry topic judgements at all: those whose gold {@code field} equals {@code
   * value} (Reuters-21578: {@code topics_attr = YES}; stories marked NO or BYPASS were never
   * indexed for topics, so their empty topic list is no judgement). Null: every article with gold
   * counts.
   */
  public record TopicsScope(String field, String value) {}

  /**
   * A burst the trends must show: any of {@code keys} ("theme:X", "entity:y") bursting in [from,
   * to].
   */
  public record TrendCheck(String granularity, LocalDate from, LocalDate to, List<String> keys) {}

  public static GoldMapping load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidConfigException("gold mapping " + file + " does not exist");
    }
    try {
      Config c = ConfigFactory.parseFile(file.toFile()).resolve();
      Map<String, List<String>> topics = new TreeMap<>();
      if (c.hasPath("topics")) {
        for (Map.Entry<String, ConfigValue> e : c.getObject("topics").entrySet()) {
          topics.put(unquote(e.getKey()), c.getStringList("topics." + e.getKey()));
        }
      }
      TrendCheck check = null;
      if (c.hasPath("trend-check")) {
        Config t = c.getConfig("trend-check");
        check =
            new TrendCheck(
                t.getString("granularity"),
                LocalDate.parse(t.getString("from")),
                LocalDate.parse(t.getString("to")),
                t.getStringList("keys"));
      }
      TopicsScope scope = null;
      if (c.hasPath("topics-scope")) {
        Config t = c.getConfig("topics-scope");
        scope = new TopicsScope(t.getString("field"), t.getString("equals"));
        if (!scope.field().matches("[A-Za-z_][A-Za-z0-9_]*")) {
          throw new InvalidConfigException(
              "gold mapping "
                  + file
                  + ": topics-scope.field must be a gold field name,"
                  + " got '"
                  + scope.field()
                  + "'");
        }
      }
      return new GoldMapping(
          strings(c, "places"),
          strings(c, "orgs"),
          topics,
          strings(c, "predicted-equivalents"),
          check,
          scope);
    } catch (ConfigException | java.time.format.DateTimeParseException e) {
      throw new InvalidConfigException("gold mapping " + file + ": " + e.getMessage());
    }
  }

  private static Map<String, String> strings(Config c, String path) {
    Map<String, String> m = new LinkedHashMap<>();
    if (c.hasPath(path)) {
      c.getObject(path).forEach((k, v) -> m.put(unquote(k), String.valueOf(v.unwrapped())));
    }
    return m;
  }

  private static String unquote(String k) {
    return k.startsWith("\"") && k.endsWith("\"") ? k.substring(1, k.length() - 1) : k;
  }

  /** The knowledge-base id of a gold place code; empty when the knowledge base has none. */
  public String place(String code) {
    return places.getOrDefault(code, code);
  }

  public String org(String code) {
    return orgs.getOrDefault(code, code);
  }

  /** A predicted id as the corpus's era names it (e.g. germany -> west-germany for 1987). */
  public String predicted(String id) {
    return predictedEquivalents.getOrDefault(id, id);
  }
}
