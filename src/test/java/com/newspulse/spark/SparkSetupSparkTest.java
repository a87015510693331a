package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** The session SparkSetup makes: the settings results depend on, and a lean Hadoop conf. */
class SparkSetupSparkTest extends SparkTestBase {
  @Test
  void sessionHasUtcDaysAndAHadoopConfWithoutPropertySources() {
    assertThat(spark().conf().get("spark.sql.session.timeZone")).isEqualTo("UTC");
    assertThat(spark().conf().get("spark.sql.datetime.java8API.enabled")).isEqualTo("true");
    Configuration hadoop = spark().sparkContext().hadoopConfiguration();
    assertThat(hadoop.get("fs.defaultFS")).isEqualTo("file:///");
    // Dropped once the defaults were loaded (HadoopConfSources): a Hadoop without the private
    // field, or a reload of the defaults after the session started, would bring them back.
    assertThat(hadoop.getPropertySources("fs.defaultFS")).isNull();
    assertThat(spark().sessionState().newHadoopConf().getPropertySources("io.file.buffer.size"))
        .isNull();
  }
}
