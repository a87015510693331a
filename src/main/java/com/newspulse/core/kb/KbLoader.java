package com.newspulse.core.kb;

import com.newspulse.core.text.DataLines;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Pattern;

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

  /** The header of a longer-names file ({@link LongerName}). */
  private static final List<String> LONGER_NAME_HEADER = List.of("longer-name", "types", "heads");

  /** What a file holds, told by its header. */
  private enum Kind {
    ENTITIES,
    SENSES,
    LONGER_NAMES
  }

  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

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

  private final KbColumns kbColumns = new KbColumns();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Loc> idLocations = new HashMap<>();
  private final List<CountryRef> countryRefs = new ArrayList<>();
  private final List<CountryRef> redirectRefs = new ArrayList<>();
  private final List<Sense> senses = new ArrayList<>();
  private final Map<String, Loc> senseLocations = new HashMap<>();
  private final List<LongerName> longerNames = new ArrayList<>();
  private final Map<String, Loc> longerNameLocations = new HashMap<>();
  private int columns;
  private Kind kind;

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
        kind =
            header.equals(HEADER) || header.equals(HEADER_WITH_RULES)
                ? Kind.ENTITIES
                : header.equals(SENSE_HEADER)
                    ? Kind.SENSES
                    : header.equals(LONGER_NAME_HEADER) ? Kind.LONGER_NAMES : null;
        if (kind == null) {
          problem(
              location,
              "header must be '"
                  + String.join("<TAB>", HEADER)
                  + "' (optionally followed by <TAB>rules), '"
                  + String.join("<TAB>", SENSE_HEADER)
                  + "' for a senses file, or '"
                  + String.join("<TAB>", LONGER_NAME_HEADER)
                  + "' for a longer-names file, but was '"
                  + line.replace("\t", "<TAB>")
                  + "'");
          return; // the columns cannot be trusted
        }
        columns = header.size();
        continue;
      }
      switch (kind) {
        case SENSES ->
            parseNamedRow("sense", senseLocations, senses, kbColumns::sense, location, line);
        case LONGER_NAMES ->
            parseNamedRow(
                "longer name",
                longerNameLocations,
                longerNames,
                kbColumns::longerName,
                location,
                line);
        default -> parseRow(location, line);
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
    Consumer<String> at = text -> problem(location, text);
    String id = cols[0];
    if (kbColumns.id("id", id, at)) {
      Loc first = idLocations.putIfAbsent(id, location);
      if (first != null) {
        problem(location, "duplicate id '" + id + "' (first defined at " + first + ")");
      }
    }
    EntityType type = kbColumns.type(cols[1], at);
    String name = cols[2];
    if (name.isEmpty()) {
      problem(location, "missing name");
    }
    List<Alias> aliases = kbColumns.aliases(name, cols[3], at);
    String wikidata = cols[4].isEmpty() ? null : cols[4];
    if (wikidata != null && !WIKIDATA.matcher(wikidata).matches()) {
      problem(location, "bad wikidata id '" + wikidata + "' (expected Q followed by digits)");
    }
    String country = cols[5].isEmpty() ? null : cols[5];
    List<String> context = kbColumns.list("context term", cols[6], at);
    if (country != null) {
      countryRefs.add(new CountryRef(location, country));
    }
    List<ContextRule> rules =
        cols.length > HEADER.size() ? kbColumns.rules(cols[7], at) : List.of();
    for (ContextRule r : rules) {
      if (r.redirect() != null) {
        redirectRefs.add(new CountryRef(location, r.redirect()));
      }
    }
    if (problems.size() == before) {
      rows.add(
          new Row(
              location, new KbEntity(id, type, name, aliases, wikidata, country, context, rules)));
    }
  }

  /**
   * One row of a senses or longer-names file ({@link Sense}, {@link LongerName}): its id's
   * uniqueness among the rows of its kind here, the rest in {@link KbColumns}.
   */
  private <T> void parseNamedRow(
      String what,
      Map<String, Loc> seen,
      List<T> into,
      BiFunction<String[], Consumer<String>, T> parse,
      Loc location,
      String line) {
    String[] cols = columns(location, line);
    if (cols != null && unique(what, seen, cols[0], location)) {
      T row = parse.apply(cols, text -> problem(location, text));
      if (row != null) {
        into.add(row);
      }
    }
  }

  /** Whether {@code id} is new among a file kind's rows; a repeat is a problem. */
  private boolean unique(String what, Map<String, Loc> seen, String id, Loc location) {
    Loc first = seen.putIfAbsent(id, location);
    if (first != null) {
      problem(location, "duplicate " + what + " '" + id + "' (first defined at " + first + ")");
    }
    return first == null;
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
        kbColumns::matchKey,
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
    return new KnowledgeBase(rows.stream().map(Row::entity).toList(), senses, longerNames);
  }
}
