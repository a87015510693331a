package com.newspulse.core.kb;

import com.newspulse.core.text.DataLines;
import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.TextSegmenter;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates knowledge-base TSV sources for {@link KnowledgeBase}: rows and problems are
 * accumulated over all sources, and the cross-file checks (duplicate ids, unknown countries) run in
 * {@link #finish()}, which reports every problem at once as {@code file:line: problem}.
 */
final class KbLoader {
  private static final List<String> HEADER =
      List.of("id", "type", "name", "aliases", "wikidata", "country", "context");

  /**
   * The same with the optional {@code rules} column ({@link ContextRule}); a file has one or the
   * other.
   */
  private static final List<String> HEADER_WITH_RULES =
      List.of("id", "type", "name", "aliases", "wikidata", "country", "context", "rules");

  /**
   * The header of a senses file ({@link Sense}); the loader tells the two kinds of file by their
   * header.
   */
  private static final List<String> SENSE_HEADER =
      List.of("sense", "types", "article-terms", "min-terms", "keep");

  private static final Pattern RULE = Pattern.compile("([+-])\\s*([^>]+?)\\s*(?:>\\s*(\\S+))?");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
  private static final String ACCEPTED_TYPES =
      Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", "));

  /** A source line; problems are reported sorted by source order, then line. */
  private record Loc(String source, int sourceIndex, int line) {
    @Override
    public String toString() {
      return line == 0 ? source : source + ":" + line;
    }
  }

  private record Problem(Loc loc, String text) {}

  /** One parsed line, kept with its location for the cross-line checks. */
  private record Row(Loc location, KbEntity entity) {}

  private record CountryRef(Loc location, String country) {}

  private final TextSegmenter segmenter = new TextSegmenter();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Loc> idLocations = new HashMap<>();
  private final List<CountryRef> countryRefs = new ArrayList<>();
  private final List<CountryRef> redirectRefs = new ArrayList<>();
  private final List<Sense> senses = new ArrayList<>();
  private final Map<String, Loc> senseLocations = new HashMap<>();
  private int columns;
  private boolean senseFile;

  void problem(Loc loc, String text) {
    problems.add(new Problem(loc, text));
  }

  /** A problem with the whole source (unreadable, bad encoding). */
  void problem(int sourceIndex, String source, String text) {
    problems.add(new Problem(new Loc(source, sourceIndex, 0), text));
  }

  void read(int sourceIndex, String source, Reader reader) throws IOException {
    DataLines lines = new DataLines(reader);
    boolean headerSeen = false;
    for (String line = lines.next(); line != null; line = lines.next()) {
      Loc location = new Loc(source, sourceIndex, lines.lineNo());
      if (!headerSeen) {
        headerSeen = true;
        List<String> header = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
        senseFile = header.equals(SENSE_HEADER);
        if (!header.equals(HEADER) && !header.equals(HEADER_WITH_RULES) && !senseFile) {
          problem(
              location,
              "header must be '"
                  + String.join("<TAB>", HEADER)
                  + "' (optionally followed by <TAB>rules), or '"
                  + String.join("<TAB>", SENSE_HEADER)
                  + "' for a senses file, but was '"
                  + line.replace("\t", "<TAB>")
                  + "'");
          return; // the columns cannot be trusted
        }
        columns = header.size();
        continue;
      }
      if (senseFile) {
        parseSense(location, line);
      } else {
        parseRow(location, line);
      }
    }
    if (!headerSeen) {
      problem(new Loc(source, sourceIndex, 0), "empty file (no header line)");
    }
  }

  /** The line's stripped columns, or null (a problem reported) when it has the wrong number. */
  private String[] columns(Loc location, String line) {
    String[] cols = line.split("\t", -1);
    if (cols.length != columns) {
      problem(location, "expected " + columns + " tab-separated columns, found " + cols.length);
      return null;
    }
    for (int i = 0; i < cols.length; i++) {
      cols[i] = cols[i].strip();
    }
    return cols;
  }

  private void parseRow(Loc location, String line) {
    String[] cols = columns(location, line);
    if (cols == null) {
      return;
    }
    int before = problems.size();
    String id = cols[0];
    if (id.isEmpty()) {
      problem(location, "missing id");
    } else if (!ID.matcher(id).matches()) {
      problem(location, "bad id '" + id + "' (use lowercase ASCII letters, digits and '-')");
    } else {
      Loc first = idLocations.putIfAbsent(id, location);
      if (first != null) {
        problem(location, "duplicate id '" + id + "' (first defined at " + first + ")");
      }
    }
    EntityType type = null;
    try {
      type = EntityType.valueOf(cols[1]);
    } catch (IllegalArgumentException e) {
      problem(
          location,
          (cols[1].isEmpty() ? "missing type" : "unknown type '" + cols[1] + "'")
              + " (accepted: "
              + ACCEPTED_TYPES
              + ")");
    }
    String name = cols[2];
    if (name.isEmpty()) {
      problem(location, "missing name");
    }
    List<Alias> aliases = parseAliases(location, name, cols[3]);
    String wikidata = cols[4].isEmpty() ? null : cols[4];
    if (wikidata != null && !WIKIDATA.matcher(wikidata).matches()) {
      problem(location, "bad wikidata id '" + wikidata + "' (expected Q followed by digits)");
    }
    String country = cols[5].isEmpty() ? null : cols[5];
    List<String> context = splitList(location, "context term", cols[6]);
    if (country != null) {
      countryRefs.add(new CountryRef(location, country));
    }
    List<ContextRule> rules =
        cols.length > HEADER.size() ? parseRules(location, cols[7]) : List.of();
    if (problems.size() == before) {
      rows.add(
          new Row(
              location, new KbEntity(id, type, name, aliases, wikidata, country, context, rules)));
    }
  }

  /** One row of a senses file; see {@link Sense}. */
  private void parseSense(Loc location, String line) {
    String[] cols = columns(location, line);
    if (cols == null) {
      return;
    }
    int before = problems.size();
    String id = cols[0];
    if (!ID.matcher(id).matches()) {
      problem(location, "bad sense '" + id + "' (use lowercase ASCII letters, digits and '-')");
    } else {
      Loc first = senseLocations.putIfAbsent(id, location);
      if (first != null) {
        problem(location, "duplicate sense '" + id + "' (first defined at " + first + ")");
      }
    }
    java.util.Set<EntityType> types = java.util.EnumSet.noneOf(EntityType.class);
    for (String t : splitList(location, "type", cols[1])) {
      try {
        types.add(EntityType.valueOf(t));
      } catch (IllegalArgumentException e) {
        problem(location, "unknown type '" + t + "' (accepted: " + ACCEPTED_TYPES + ")");
      }
    }
    if (cols[1].isEmpty()) {
      problem(location, "missing types (accepted: " + ACCEPTED_TYPES + ")");
    }
    List<String> terms = splitList(location, "article term", cols[2]);
    if (cols[2].isEmpty()) {
      problem(location, "missing article terms");
    }
    int minTerms = 0;
    try {
      minTerms = Integer.parseInt(cols[3]);
    } catch (NumberFormatException e) {
      // reported below
    }
    if (minTerms < 1 || minTerms > terms.size()) {
      problem(
          location,
          "min-terms must be a whole number from 1 to the number of article terms ("
              + terms.size()
              + "), was '"
              + cols[3]
              + "'");
    }
    List<ContextRule> keep = parseRules(location, cols[4]);
    for (ContextRule r : keep) {
      if (r.redirect() != null) {
        problem(location, "a keep context has no redirect: '" + r + "'");
      }
    }
    if (problems.size() == before) {
      senses.add(new Sense(id, types, terms, minTerms, keep));
    }
  }

  /**
   * The name first, then the listed aliases, one per match key. A marked alias with the name's key
   * ({@code ~Apple} or {@code =Apple} for the name Apple) replaces the name's entry, so a name can
   * be made ambiguous or case-sensitive; any other repeat keeps the first occurrence.
   */
  private List<Alias> parseAliases(Loc location, String name, String column) {
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
        problem(location, "empty alias (item " + (i + 1) + " of aliases)");
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
   */
  private List<ContextRule> parseRules(Loc location, String column) {
    List<ContextRule> out = new ArrayList<>();
    for (String item : splitList(location, "rule", column)) {
      java.util.regex.Matcher m = RULE.matcher(item);
      if (!m.matches() || matchKey(m.group(2)).isEmpty()) {
        problem(
            location,
            "bad rule '"
                + item
                + "' (expected +words or -words, optionally >entity-id:"
                + " '+Jets', '-New', '+governor>new-york-state')");
        continue;
      }
      if (m.group(3) != null) {
        redirectRefs.add(new CountryRef(location, m.group(3)));
      }
      out.add(new ContextRule(m.group(1).equals("+"), m.group(2), m.group(3)));
    }
    return out;
  }

  private List<String> splitList(Loc location, String what, String column) {
    if (column.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    String[] items = column.split("\\|", -1);
    for (int i = 0; i < items.length; i++) {
      String item = items[i].strip();
      if (item.isEmpty()) {
        problem(location, "empty " + what + " (item " + (i + 1) + ")");
      } else {
        out.add(item);
      }
    }
    return out;
  }

  /** The key the matcher's trie uses: folded match units joined by spaces. */
  private String matchKey(String text) {
    return String.join(" ", MatchTokens.ofPhrase(segmenter, text).foldedKeys());
  }

  KnowledgeBase finish() {
    for (CountryRef ref : countryRefs) {
      if (!idLocations.containsKey(ref.country())) {
        problem(ref.location(), "country '" + ref.country() + "' is not a known entity id");
      }
    }
    for (CountryRef ref : redirectRefs) {
      if (!idLocations.containsKey(ref.country())) {
        problem(
            ref.location(),
            "rule redirects to '" + ref.country() + "', which is not a known entity id");
      }
    }
    AliasConflicts.check(
        rows.stream().map(r -> Map.entry(r.location(), r.entity())).toList(),
        this::matchKey,
        this::problem);
    if (!problems.isEmpty()) {
      throw new KnowledgeBaseException(
          problems.stream()
              .sorted(
                  Comparator.comparingInt((Problem p) -> p.loc().sourceIndex())
                      .thenComparingInt(p -> p.loc().line()))
              .map(p -> p.loc() + ": " + p.text())
              .toList());
    }
    return new KnowledgeBase(rows.stream().map(Row::entity).toList(), senses);
  }
}
