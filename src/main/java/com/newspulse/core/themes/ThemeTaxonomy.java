package com.newspulse.core.themes;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The theme taxonomy ({@code conf/themes.conf}): {@code themes = [ {id, label, terms, patterns,
 * context} ]}. Loading validates every theme and reports all problems at once, each naming the
 * theme by index and id.
 */
public final class ThemeTaxonomy implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Flags every theme pattern is compiled with (also by {@link ThemeMatcher}). */
  static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Set<String> KEYS =
      Set.of("id", "label", "terms", "patterns", "context", "near", "unless", "requires");

  private final List<ThemeDef> themes;
  private final Map<String, ThemeDef> byId;

  private ThemeTaxonomy(List<ThemeDef> themes) {
    this.themes = List.copyOf(themes);
    Map<String, ThemeDef> map = new LinkedHashMap<>();
    for (ThemeDef t : themes) {
      map.put(t.id(), t);
    }
    this.byId = map;
  }

  public static ThemeTaxonomy load(Path hoconFile) {
    String content;
    try {
      content = Files.readString(hoconFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TaxonomyException(List.of(hoconFile + ": cannot read: " + e), e);
    }
    return parse(hoconFile.toString(), content);
  }

  public static ThemeTaxonomy parse(String sourceName, String hocon) {
    List<? extends ConfigObject> items;
    try {
      Config config =
          ConfigFactory.parseString(
                  hocon,
                  ConfigParseOptions.defaults()
                      .setSyntax(ConfigSyntax.CONF)
                      .setOriginDescription(sourceName))
              .resolve();
      if (!config.hasPath("themes")) {
        throw new TaxonomyException(List.of(sourceName + ": missing 'themes' list"));
      }
      items = config.getObjectList("themes");
    } catch (ConfigException e) {
      // Typesafe's message already starts with the origin ("file: line: ...").
      throw new TaxonomyException(List.of(e.getMessage()), e);
    }
    List<String> problems = new ArrayList<>();
    List<ThemeDef> themes = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      ThemeDef def = validate(sourceName, i, items.get(i), firstIndex, problems);
      if (def != null) {
        themes.add(def);
      }
    }
    if (!problems.isEmpty()) {
      throw new TaxonomyException(problems);
    }
    return new ThemeTaxonomy(themes);
  }

  /** Validates theme {@code i}; returns it when valid, else null with the problems added. */
  private static ThemeDef validate(
      String source,
      int i,
      ConfigObject obj,
      Map<String, Integer> firstIndex,
      List<String> problems) {
    Config c = obj.toConfig();
    List<String> own = new ArrayList<>();
    String id = string(c, "id", own);
    String label = string(c, "label", own);
    List<String> terms = strings(c, "terms", own);
    List<String> patterns = strings(c, "patterns", own);
    List<String> context = strings(c, "context", own);
    List<NearRule> near = nearRules(c, own);
    List<String> unless = strings(c, "unless", own);
    List<String> requires = strings(c, "requires", own);
    for (String key : obj.keySet()) {
      if (!KEYS.contains(key)) {
        own.add(
            "unknown key '"
                + key
                + "' (accepted: id, label, terms, patterns, context, near, unless, requires)");
      }
    }
    if (id != null && !UPPER_SNAKE.matcher(id).matches()) {
      own.add("id '" + id + "' is not UPPER_SNAKE_CASE");
    } else if (id != null) {
      Integer first = firstIndex.putIfAbsent(id, i);
      if (first != null) {
        own.add("duplicate id '" + id + "' (also themes[" + first + "])");
      }
    }
    if (terms.isEmpty() && patterns.isEmpty() && near.isEmpty()) {
      own.add("no terms, no patterns and no near rules");
    }
    checkNotBlank("term", terms, own);
    checkNotBlank("context term", context, own);
    checkNotBlank("phrase in unless", unless, own);
    for (String r : requires) {
      if (!ThemeRequirement.isKind(r)) {
        own.add(
            "unknown kind '"
                + r
                + "' in requires (accepted: "
                + String.join(", ", ThemeRequirement.KINDS)
                + ")");
      }
    }
    for (String p : patterns) {
      try {
        Pattern.compile(p, PATTERN_FLAGS);
      } catch (PatternSyntaxException e) {
        own.add(
            "invalid pattern '" + p + "': " + e.getDescription() + " near index " + e.getIndex());
      }
    }
    String where = source + ": themes[" + i + "]" + (id == null ? "" : " (" + id + ")") + ": ";
    own.forEach(p -> problems.add(where + p));
    return own.isEmpty()
        ? new ThemeDef(id, label, terms, patterns, context, near, unless, requires)
        : null;
  }

  private static final Set<String> NEAR_KEYS = Set.of("a", "b", "window", "unless", "ordered");

  /**
   * {@code near = [ {a = [...], b = [...], window = N, unless = [...]} ]}; problems name the rule
   * by index.
   */
  private static List<NearRule> nearRules(Config c, List<String> problems) {
    if (!c.hasPath("near")) {
      return List.of();
    }
    List<? extends ConfigObject> items;
    try {
      items = c.getObjectList("near");
    } catch (ConfigException.WrongType e) {
      problems.add("near must be a list of {a, b, window, unless} objects");
      return List.of();
    }
    List<NearRule> out = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      List<String> own = new ArrayList<>();
      Config r = items.get(k).toConfig();
      for (String key : items.get(k).keySet()) {
        if (!NEAR_KEYS.contains(key)) {
          own.add("unknown key '" + key + "' (accepted: a, b, window, unless, ordered)");
        }
      }
      List<String> a = strings(r, "a", own);
      List<String> b = strings(r, "b", own);
      List<String> unless = strings(r, "unless", own);
      checkNotBlank("phrase in a", a, own);
      checkNotBlank("phrase in b", b, own);
      checkNotBlank("phrase in unless", unless, own);
      int window = -1;
      try {
        window = r.hasPath("window") ? r.getInt("window") : -1;
        if (window < 0) {
          own.add(
              "missing window (tokens allowed between a and b, 0.." + NearRule.MAX_WINDOW + ")");
        }
      } catch (ConfigException.WrongType e) {
        own.add("window must be a whole number, got " + r.getValue("window").render());
      }
      boolean ordered = false;
      try {
        ordered = r.hasPath("ordered") && r.getBoolean("ordered");
      } catch (ConfigException.WrongType e) {
        own.add("ordered must be true or false");
      }
      if (own.isEmpty()) {
        try {
          out.add(new NearRule(a, b, window, unless, ordered));
        } catch (IllegalArgumentException e) {
          own.add(e.getMessage());
        }
      }
      for (String p : own) {
        problems.add("near[" + k + "]: " + p);
      }
    }
    return out;
  }

  private static String string(Config c, String key, List<String> problems) {
    try {
      String v = c.hasPath(key) ? c.getString(key).strip() : "";
      if (v.isEmpty()) {
        problems.add("missing " + key);
        return null;
      }
      return v;
    } catch (ConfigException.WrongType e) {
      problems.add(key + " must be a string");
      return null;
    }
  }

  private static List<String> strings(Config c, String key, List<String> problems) {
    try {
      return c.hasPath(key) ? c.getStringList(key) : List.of();
    } catch (ConfigException.WrongType e) {
      problems.add(key + " must be a list of strings");
      return List.of();
    }
  }

  private static void checkNotBlank(String what, List<String> values, List<String> problems) {
    for (int k = 0; k < values.size(); k++) {
      if (values.get(k).isBlank()) {
        problems.add("empty " + what + " (item " + (k + 1) + ")");
      }
    }
  }

  /** Themes in file order. */
  public List<ThemeDef> themes() {
    return themes;
  }

  /** The theme with this id, or null when there is none. */
  public ThemeDef byId(String id) {
    return byId.get(id);
  }

  public int size() {
    return themes.size();
  }
}
