package com.newspulse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL queries of an analyst notebook ({@code notebooks/*.ipynb}): the triple-quoted strings
 * passed to {@code con.sql(...)} or {@code con.execute(...)}, with each {@code $name} parameter
 * replaced by the value of {@code NAME} in the notebook's parameters cell (the code cell tagged
 * {@code parameters}).
 */
public final class NotebookQueries {
  private static final Pattern QUERY =
      Pattern.compile("con\\.(?:sql|execute)\\(\\s*\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
  private static final Pattern PARAMETER =
      Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|-?\\d+(?:\\.\\d+)?)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$([a-z][a-z0-9_]*)");

  private NotebookQueries() {}

  /** One query: the notebook's file name, its code cell's index and the SQL. */
  public record Query(String notebook, int cell, String sql) {}

  /** The notebook's queries, parameters substituted, in cell order. */
  public static List<Query> of(Path notebook) throws IOException {
    JsonNode nb = new ObjectMapper().readTree(Files.readString(notebook));
    assertThat(nb.path("nbformat").asInt()).isEqualTo(4);
    Map<String, String> params = new LinkedHashMap<>();
    List<Query> out = new ArrayList<>();
    JsonNode cells = nb.path("cells");
    for (int i = 0; i < cells.size(); i++) {
      JsonNode cell = cells.get(i);
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      String code = source(cell);
      boolean isParameters = false;
      for (JsonNode tag : cell.path("metadata").path("tags")) {
        isParameters |= "parameters".equals(tag.asText());
      }
      if (isParameters) {
        Matcher m = PARAMETER.matcher(code);
        while (m.find()) {
          params.put(m.group(1).toLowerCase(Locale.ROOT), sqlLiteral(m.group(2)));
        }
        assertThat(params).as("parameters cell of %s", notebook).containsKey("db");
      }
      Matcher m = QUERY.matcher(code);
      while (m.find()) {
        out.add(
            new Query(
                notebook.getFileName().toString(), i, substitute(m.group(1), params, notebook)));
      }
    }
    return out;
  }

  /** The first of the queries that contains the fragment. */
  public static Query find(List<Query> queries, String fragment) {
    return queries.stream()
        .filter(q -> q.sql().contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no query contains " + fragment));
  }

  private static String source(JsonNode cell) {
    JsonNode src = cell.path("source");
    if (src.isTextual()) {
      return src.asText();
    }
    StringBuilder b = new StringBuilder();
    src.forEach(line -> b.append(line.asText()));
    return b.toString();
  }

  private static String substitute(String sql, Map<String, String> params, Path notebook) {
    Matcher m = PLACEHOLDER.matcher(sql);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = params.get(m.group(1));
      assertThat(value)
          .as(
              "%s: parameter $%s has no %s in the parameters cell",
              notebook, m.group(1), m.group(1).toUpperCase(Locale.ROOT))
          .isNotNull();
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    m.appendTail(b);
    return b.toString().strip();
  }

  private static String sqlLiteral(String python) {
    if (python.startsWith("\"") || python.startsWith("'")) {
      return "'" + python.substring(1, python.length() - 1).replace("'", "''") + "'";
    }
    return python;
  }
}
