package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class HadoopConfSourcesTest {
  @Test
  void dropsEverySourceAndKeepsEveryValue() throws IOException {
    // The first drop loads the classes that add default resources (mapred-, hdfs-, yarn-default),
    // which adds their properties to every configuration: load them before taking "before".
    HadoopConfSources.drop(new Configuration());
    Configuration conf = new Configuration();
    conf.set("newspulse.test", "set here");
    assertThat(conf.getPropertySources("fs.defaultFS")).containsExactly("core-default.xml");
    Map<String, String> before = values(conf);
    int bytesBefore = serialisedSize(conf);

    int dropped = HadoopConfSources.drop(conf);

    assertThat(dropped).isEqualTo(before.size());
    assertThat(values(conf)).isEqualTo(before);
    assertThat(conf.getPropertySources("fs.defaultFS")).isNull();
    assertThat(conf.getPropertySources("newspulse.test")).isNull();
    // Copies (Spark's per-query and per-task configurations) start without them too.
    assertThat(new Configuration(conf).getPropertySources("fs.defaultFS")).isNull();
    // What Spark ships per write task: each source was a GZIP stream of its own (about 40 bytes
    // with its header and trailer), now a one-byte "none".
    assertThat(bytesBefore - serialisedSize(conf)).isGreaterThan(30 * dropped);
  }

  private static Map<String, String> values(Configuration conf) {
    Map<String, String> m = new TreeMap<>();
    conf.forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  private static int serialisedSize(Configuration conf) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    conf.write(new DataOutputStream(bytes));
    return bytes.size();
  }
}
