package com.newspulse.config;

import com.newspulse.core.trendstats.PeriodCalendar;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The problems found in one configuration, collected so the user fixes the whole file in one go:
 * typed reads that record a problem and return a fallback instead of throwing.
 */
final class ConfigProblems {
  private static final java.util.regex.Pattern WRONG_TYPE =
      java.util.regex.Pattern.compile("(\\S+) has type (\\S+) rather than (.+)$");
  private final List<String> list = new ArrayList<>();
  private final Config config;

  ConfigProblems(Config config) {
    this.config = config;
  }

  void add(String s) {
    list.add(s);
  }

  <T> T get(Supplier<T> s, T fallback) {
    try {
      return s.get();
    } catch (ConfigException.WrongType e) {
      list.add(withValue(e.getMessage()));
      return fallback;
    } catch (ConfigException e) {
      list.add(e.getMessage());
      return fallback;
    }
  }

  /** A type error says what was given, not only its type ("... rather than NUMBER: got 'abc'"). */
  private String withValue(String message) {
    var m = WRONG_TYPE.matcher(message);
    if (!m.find()) {
      return message;
    }
    try {
      String path =
          m.group(1).startsWith(ConfigLoader.ROOT + ".")
              ? m.group(1).substring(ConfigLoader.ROOT.length() + 1)
              : m.group(1);
      String given =
          config.getValue(path).render(com.typesafe.config.ConfigRenderOptions.concise());
      return message + ": got " + given;
    } catch (ConfigException e) {
      return message;
    }
  }

  int intAtLeast(Config c, String key, int min) {
    int v = get(() -> c.getInt(key), min);
    if (v < min) {
      list.add(ConfigLoader.ROOT + "." + key + " must be >= " + min + ", got " + v);
      return min;
    }
    return v;
  }

  /** A fraction in [0, 1). */
  double fraction(Config c, String key) {
    double v = get(() -> c.getDouble(key), 0.0);
    if (!(v >= 0 && v < 1)) {
      list.add(ConfigLoader.ROOT + "." + key + " must be in [0, 1), got " + v);
    }
    return v;
  }

  /** A share in (0, 1]. */
  double share(Config c, String key) {
    double v = get(() -> c.getDouble(key), 0.0);
    if (!(v > 0 && v <= 1)) {
      list.add(ConfigLoader.ROOT + "." + key + " must be in (0, 1], got " + v);
    }
    return v;
  }

  LocalDate date(Config c, String key) {
    String s = get(() -> c.getString(key), null);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      list.add(ConfigLoader.ROOT + "." + key + " must be a date like 2024-01-31, got '" + s + "'");
      return null;
    }
  }

  OutputConfig output(Config c) {
    String format = oneOf(c, "output.format", OutputConfig.PARQUET, OutputConfig.ICEBERG);
    String type =
        oneOf(c, "output.iceberg.catalog-type", OutputConfig.HADOOP, OutputConfig.EXTERNAL);
    String catalog = identifier(c, "output.iceberg.catalog");
    String namespace = identifier(c, "output.iceberg.namespace");
    String warehouse = get(() -> c.getString("output.iceberg.warehouse"), "");
    return new OutputConfig(
        format,
        catalog,
        type,
        warehouse.trim(),
        namespace,
        intAtLeast(c, "output.concurrent-writes", 1));
  }

  private String oneOf(Config c, String key, String... accepted) {
    String v = get(() -> c.getString(key), accepted[0]);
    if (!List.of(accepted).contains(v)) {
      list.add(
          ConfigLoader.ROOT
              + "."
              + key
              + " must be one of "
              + String.join(", ", accepted)
              + ", got '"
              + v
              + "'");
      return accepted[0];
    }
    return v;
  }

  /** Catalog and namespace names go into SQL unquoted: plain identifiers only. */
  private String identifier(Config c, String key) {
    String v = get(() -> c.getString(key), "newspulse");
    if (!v.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      list.add(
          ConfigLoader.ROOT
              + "."
              + key
              + " must be a plain identifier (letters, digits, _), got '"
              + v
              + "'");
      return "newspulse";
    }
    return v;
  }

  List<PeriodCalendar> granularities(Config c, String key) {
    return granularities(c, key, false);
  }

  List<PeriodCalendar> granularities(Config c, String key, boolean mayBeEmpty) {
    List<String> names = get(() -> c.getStringList(key), List.of());
    List<PeriodCalendar> out = new ArrayList<>();
    for (String n : names) {
      try {
        out.add(PeriodCalendar.parse(n));
      } catch (IllegalArgumentException e) {
        list.add(ConfigLoader.ROOT + "." + key + ": " + e.getMessage());
      }
    }
    if (names.isEmpty() && !mayBeEmpty) {
      list.add(ConfigLoader.ROOT + "." + key + " must list at least one of day, week, month");
    }
    return out;
  }

  void throwIfAny() {
    throwIfAny(list);
  }

  /** Fails with every problem of {@code problems}, if there is one, each on its own line. */
  static void throwIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(
          "invalid configuration ("
              + problems.size()
              + " problem"
              + (problems.size() > 1 ? "s" : "")
              + "):\n  - "
              + String.join("\n  - ", problems));
    }
  }
}
