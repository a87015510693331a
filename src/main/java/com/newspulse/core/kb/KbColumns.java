package com.newspulse.core.kb;

import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.TextSegmenter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the columns of knowledge-base lines for {@link KbLoader}: aliases, lists, context rules
 * and whole sense and longer-name rows. Each method reports what is wrong with its column to the
 * line's problem sink; the checks across lines (duplicate ids, unknown references) stay with the
 * loader.
 */
final class KbColumns {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String ACCEPTED_TYPES =
      Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", "));
  private static final Pattern RULE = Pattern.compile("([+-])\\s*([^>]+?)\\s*(?:>\\s*(\\S+))?");

  private final TextSegmenter segmenter = new TextSegmenter();

  /** The key the matcher's trie uses: folded match units joined by spaces. */
  String matchKey(String text) {
    return String.join(" ", MatchTokens.ofPhrase(segmenter, text).foldedKeys());
  }

  /**
   * Whether {@code id} is a well-formed id of a {@code what} ("id" of an entity, "sense"): a
   * missing or malformed one is a problem ("missing {@code what}", "bad {@code what} 'x'").
   */
  boolean id(String what, String id, Consumer<String> problem) {
    if (id.isEmpty()) {
      problem.accept("missing " + what);
      return false;
    }
    if (!ID.matcher(id).matches()) {
      problem.accept("bad " + what + " '" + id + "' (use lowercase ASCII letters, digits and '-')");
      return false;
    }
    return true;
  }

  /** The entity type {@code text} names, or null with a problem ("missing" or "unknown type"). */
  EntityType type(String text, Consumer<String> problem) {
    try {
      return EntityType.valueOf(text);
    } catch (IllegalArgumentException e) {
      problem.accept(
          (text.isEmpty() ? "missing type" : "unknown type '" + text + "'")
              + " (accepted: "
              + ACCEPTED_TYPES
              + ")");
      return null;
    }
  }

  /** A {@code |}-separated column; an empty item is a problem ("empty {@code what} (item n)"). */
  List<String> list(String what, String column, Consumer<String> problem) {
    if (column.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    String[] items = column.split("\\|", -1);
    for (int i = 0; i < items.length; i++) {
      String item = items[i].strip();
      if (item.isEmpty()) {
        problem.accept("empty " + what + " (item " + (i + 1) + ")");
      } else {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * The name first, then the listed aliases, one per match key. A marked alias with the name's key
   * ({@code ~Apple} or {@code =Apple} for the name Apple) replaces the name's entry, so a name can
   * be made ambiguous or case-sensitive; any other repeat keeps the first occurrence.
   */
  List<Alias> aliases(String name, String column, Consumer<String> problem) {
    Map<String, Alias> byKey = new LinkedHashMap<>();
    String nameKey = null;
    if (!name.isEmpty()) {
      nameKey = matchKey(name);
      byKey.put(nameKey, new Alias(name, false, Alias.defaultCaseSensitive(name)));
    }
    if (column.isEmpty()) {
      return List.copyOf(byKey.values());
    }
    String[] items = column.split("\\|", -1);
    for (int i = 0; i < items.length; i++) {
      String text = items[i].strip();
      boolean ambiguous = false;
      boolean forceCase = false;
      while (!text.isEmpty() && (text.charAt(0) == '~' || text.charAt(0) == '=')) {
        ambiguous |= text.charAt(0) == '~';
        forceCase |= text.charAt(0) == '=';
        text = text.substring(1).strip();
      }
      String key = text.isEmpty() ? "" : matchKey(text);
      if (key.isEmpty()) {
        problem.accept("empty alias (item " + (i + 1) + " of aliases)");
        continue;
      }
      Alias alias = new Alias(text, ambiguous, forceCase || Alias.defaultCaseSensitive(text));
      if (key.equals(nameKey) && (ambiguous || forceCase)) {
        byKey.put(key, alias);
        nameKey = null; // only the first repeat replaces the name
      } else {
        byKey.putIfAbsent(key, alias);
      }
    }
    return List.copyOf(byKey.values());
  }

  /**
   * {@code +phrase}, {@code -phrase}, each optionally {@code >entity-id}; see {@link ContextRule}.
   * Whether a redirect names a known entity is for the loader to check.
   */
  List<ContextRule> rules(String column, Consumer<String> problem) {
    List<ContextRule> out = new ArrayList<>();
    for (String item : list("rule", column, problem)) {
      Matcher m = RULE.matcher(item);
      if (!m.matches() || matchKey(m.group(2)).isEmpty()) {
        problem.accept(
            "bad rule '"
                + item
                + "' (expected +words or -words, optionally >entity-id:"
                + " '+Jets', '-New', '+governor>new-york-state')");
        continue;
      }
      out.add(new ContextRule(m.group(1).equals("+"), m.group(2), m.group(3)));
    }
    return out;
  }

  /** A {@code types} column: entity types separated by '|', at least one. */
  private Set<EntityType> types(String column, Consumer<String> problem) {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (String t : list("type", column, problem)) {
      EntityType type = type(t, problem);
      if (type != null) {
        types.add(type);
      }
    }
    if (column.isEmpty()) {
      problem.accept("missing types (accepted: " + ACCEPTED_TYPES + ")");
    }
    return types;
  }

  /** Passes problems on and counts them, so a row's parser knows whether its line had one. */
  private static final class Counted implements Consumer<String> {
    private final Consumer<String> to;
    private int problems;

    Counted(Consumer<String> to) {
      this.to = to;
    }

    @Override
    public void accept(String text) {
      problems++;
      to.accept(text);
    }

    boolean clean() {
      return problems == 0;
    }
  }

  /**
   * A list of phrases ("article term", "head") that must not be empty, each with a word (with
   * {@code oneWord}: exactly one), no two with one match key (they would count as one).
   */
  private List<String> phrases(
      String what, String column, boolean oneWord, Consumer<String> problem) {
    List<String> items = list(what, column, problem);
    if (column.isEmpty()) {
      problem.accept("missing " + what + "s");
    }
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String item : items) {
      String key = matchKey(item);
      if (key.isEmpty() || oneWord && key.contains(" ")) {
        problem.accept(
            what + " '" + item + "' " + (key.isEmpty() ? "has no word" : "must be one word"));
        continue;
      }
      String first = byKey.putIfAbsent(key, item);
      if (first != null) {
        problem.accept(what + " '" + item + "' repeats '" + first + "'");
      }
    }
    return items;
  }

  /**
   * A senses file's row ({@code sense, types, article-terms, min-terms, keep}; see {@link Sense}),
   * or null when it has a problem.
   */
  Sense sense(String[] cols, Consumer<String> problem) {
    Counted counted = new Counted(problem);
    String id = cols[0];
    id("sense", id, counted);
    Set<EntityType> types = types(cols[1], counted);
    // Terms are counted by their match key: two spellings of one key would count one word twice.
    List<String> terms = phrases("article term", cols[2], false, counted);
    int minTerms = 0;
    try {
      minTerms = Integer.parseInt(cols[3]);
    } catch (NumberFormatException e) {
      // reported below
    }
    if (minTerms < 1 || minTerms > terms.size()) {
      counted.accept(
          "min-terms must be a whole number from 1 to the number of article terms ("
              + terms.size()
              + "), was '"
              + cols[3]
              + "'");
    }
    List<ContextRule> keep = rules(cols[4], counted);
    for (ContextRule r : keep) {
      if (r.redirect() != null) {
        counted.accept(
            "a keep context cannot redirect: '" + r + "' (drop '>" + r.redirect() + "')");
      }
    }
    return counted.clean() ? new Sense(id, types, terms, minTerms, keep) : null;
  }

  /**
   * A longer-names file's row ({@code longer-name, types, heads}; see {@link LongerName}), or null
   * when it has a problem.
   */
  LongerName longerName(String[] cols, Consumer<String> problem) {
    Counted counted = new Counted(problem);
    String id = cols[0];
    id("longer-name", id, counted);
    Set<EntityType> types = types(cols[1], counted);
    List<String> heads = phrases("head", cols[2], true, counted);
    return counted.clean() ? new LongerName(id, types, heads) : null;
  }
}
