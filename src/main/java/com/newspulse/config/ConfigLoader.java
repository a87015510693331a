package com.newspulse.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Resolves the configuration once, at start-up, before any SparkSession exists.
 *
 * <p>Precedence, highest first: {@code key=value} overrides (keys relative to {@code newspulse},
 * e.g. {@code trends.z-threshold=2.5}), the config file, the bundled {@code
 * newspulse/defaults.conf}. Every problem is collected and reported at once, each naming the key
 * path, the value found and what is accepted.
 */
public final class ConfigLoader {
  static final String ROOT = "newspulse";
  private static final String CLASSPATH = "classpath:";

  private ConfigLoader() {}

  public static NewsPulseConfig load(Path file, List<String> overrides) {
    Config defaults = ConfigFactory.parseResources("newspulse/defaults.conf");
    Config fromFile = ConfigFactory.empty();
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new InvalidConfigException(
            "config file "
                + file
                + " does not exist or is not a file: pass an existing --conf FILE");
      }
      try {
        fromFile =
            ConfigFactory.parseFile(
                file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
        fromFile = resolvePaths(fromFile, file.toAbsolutePath().getParent());
      } catch (ConfigException e) {
        throw new InvalidConfigException(
            "cannot parse config file " + file + ": " + e.getMessage(), e);
      }
    }
    Config fromArgs = parseOverrides(overrides);
    rejectUnknownKeys(defaults, fromFile, "config file " + file);
    rejectUnknownKeys(defaults, fromArgs, "argument");
    Config merged;
    try {
      merged = fromArgs.withFallback(fromFile).withFallback(defaults).resolve();
    } catch (ConfigException e) {
      throw new InvalidConfigException("cannot resolve configuration: " + e.getMessage(), e);
    }
    return ConfigBinder.bind(merged.getConfig(ROOT));
  }

  /**
   * A key the defaults do not have is a typo or a key of another version: it would silently run on
   * the default ("trends.z-treshold=3"), so it fails the start (exit 2), naming the closest known
   * key. Only keys under {@code newspulse} are checked; a file may hold other sections.
   */
  static void rejectUnknownKeys(Config defaults, Config given, String where) {
    if (!given.hasPath(ROOT)) {
      return;
    }
    Config known = defaults.getConfig(ROOT);
    List<String> problems = new ArrayList<>();
    for (var e : given.getConfig(ROOT).entrySet()) {
      String key = e.getKey();
      if (!known.hasPathOrNull(key)) {
        String closest = closest(key, known.entrySet().stream().map(Map.Entry::getKey).toList());
        problems.add(
            where
                + ": unknown key '"
                + key
                + "'"
                + (closest == null ? "" : " (did you mean '" + closest + "'?)")
                + "; known keys are listed in newspulse/defaults.conf");
      }
    }
    java.util.Collections.sort(problems);
    ConfigProblems.throwIfAny(problems);
  }

  /**
   * The known key nearest to {@code key} by edit distance, if it is near enough to be the one
   * meant.
   */
  static String closest(String key, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = com.newspulse.core.keywords.NearDuplicates.distance(key, k);
      if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, key.length() / 4) ? best : null;
  }

  /** Relative kb/themes paths in a file are relative to that file's directory. */
  private static Config resolvePaths(Config c, Path dir) {
    for (String key :
        List.of(
            ROOT + ".kb.path",
            ROOT + ".themes.path",
            ROOT + ".tone.lexicon",
            ROOT + ".ner.model")) {
      if (c.hasPath(key)) {
        String v = c.getString(key);
        if (!v.startsWith(CLASSPATH) && !v.contains("://") && !new File(v).isAbsolute()) {
          c =
              v.isBlank()
                  ? c
                  : c.withValue(
                      key,
                      com.typesafe.config.ConfigValueFactory.fromAnyRef(
                          dir.resolve(v).normalize().toString()));
        }
      }
    }
    return c;
  }

  private static Config parseOverrides(List<String> overrides) {
    StringBuilder hocon = new StringBuilder();
    List<String> problems = new ArrayList<>();
    for (String o : overrides) {
      int eq = o.indexOf('=');
      if (eq <= 0) {
        problems.add("override '" + o + "' is not key=value (e.g. trends.z-threshold=2.5)");
        continue;
      }
      String key = o.substring(0, eq).trim();
      String value = o.substring(eq + 1).trim();
      hocon
          .append(ROOT)
          .append('.')
          .append(key)
          .append(" = ")
          .append(quoteIfNeeded(value))
          .append('\n');
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(String.join("\n", problems));
    }
    try {
      return ConfigFactory.parseString(hocon.toString());
    } catch (ConfigException e) {
      throw new InvalidConfigException(
          "cannot parse overrides " + overrides + ": " + e.getMessage(), e);
    }
  }

  private static String quoteIfNeeded(String v) {
    if (v.startsWith("[") || v.startsWith("{") || v.startsWith("\"")) {
      return v;
    }
    return com.typesafe.config.ConfigUtil.quoteString(v);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
