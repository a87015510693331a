package com.newspulse.spark;

import java.lang.reflect.Field;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the record of which file set each Hadoop property (core-default.xml and the like) from the
 * session's Hadoop configuration; the properties themselves are kept.
 *
 * <p>Why: Spark ships a copy of that configuration inside every write task (and every stage that
 * writes serialises one), and Hadoop writes each of its ~1,450 properties' source names as a
 * separately GZIP-compressed string array, so every write task set up and tore down about 1,450
 * deflaters and inflaters before writing its first row. On repeated runs of the test articles
 * (local[2], one warm JVM) half of the 14% of CPU samples in Hadoop's Configuration was that;
 * dropping the sources saved about 6% of a warm run's CPU (2026-12-07, docs/benchmarks.md "Hadoop's
 * property sources"). The sources only feed {@link Configuration#getPropertySources}, a diagnostic.
 *
 * <p>Hadoop keeps them in a private field, so this is best effort: on a Hadoop without that field
 * it does nothing (and says so at debug level). A later reload of the defaults (when a class that
 * adds a default resource is first loaded) brings them back, which costs time but changes no value;
 * the classes that add one are loaded here first for that reason.
 */
final class HadoopConfSources {
  private static final Logger LOG = LoggerFactory.getLogger(HadoopConfSources.class);

  /** Classes whose static initialisers add default resources (mapred-, hdfs-, yarn-default). */
  private static final String[] DEFAULT_RESOURCE_OWNERS = {
    "org.apache.hadoop.mapred.JobConf",
    "org.apache.hadoop.hdfs.HdfsConfiguration",
    "org.apache.hadoop.yarn.conf.YarnConfiguration"
  };

  private HadoopConfSources() {}

  /** Drops {@code conf}'s per-property source names; returns how many were dropped. */
  static int drop(Configuration conf) {
    for (String owner : DEFAULT_RESOURCE_OWNERS) {
      try {
        Class.forName(owner, true, Configuration.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // Not on this classpath: its defaults cannot be added later either.
      }
    }
    synchronized (conf) {
      conf.size(); // loads the properties (and their sources) if not loaded yet
      try {
        Field f = Configuration.class.getDeclaredField("updatingResource");
        f.setAccessible(true);
        Map<?, ?> sources = (Map<?, ?>) f.get(conf);
        if (sources == null) {
          return 0;
        }
        int n = sources.size();
        sources.clear();
        return n;
      } catch (ReflectiveOperationException | RuntimeException e) {
        LOG.debug(
            "Hadoop's property sources kept (this Hadoop has no such field): {}", e.toString());
        return 0;
      }
    }
  }
}
