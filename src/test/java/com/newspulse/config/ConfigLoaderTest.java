package com.newspulse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.core.trendstats.PeriodCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path tmp;

  @Test
  void defaultsAreComplete() {
    NewsPulseConfig c = ConfigLoader.load(null, List.of());
    assertThat(c.trends().granularities())
        .containsExactly(PeriodCalendar.DAY, PeriodCalendar.WEEK, PeriodCalendar.MONTH);
    assertThat(c.trends().baseline(PeriodCalendar.DAY)).isEqualTo(28);
    assertThat(c.input().maxTextChars()).isEqualTo(2_000_000);
    assertThat(c.input().column("text")).isEqualTo("text");
    assertThat(c.input().skipUnreadableFiles()).isFalse();
    assertThat(ConfigLoader.load(null, List.of("input.unreadable-files=skip")).input())
        .extracting(InputConfig::skipUnreadableFiles)
        .isEqualTo(true);
    assertThat(c.kbPath()).isEqualTo("classpath:newspulse/conf/kb");
    // The Parquet-only output readers build without a config has the same defaults.
    assertThat(c.output()).isEqualTo(OutputConfig.parquet());
    assertThat(c.output().concurrentWrites()).isEqualTo(4);
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("output.concurrent-writes=0")))
        .hasMessageContaining("newspulse.output.concurrent-writes must be >= 1, got 0");
    assertThat(c.broadcastArticles()).isEqualTo(500_000);
    assertThat(ConfigLoader.load(null, List.of("spark.broadcast-articles=0")).broadcastArticles())
        .isZero();
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("spark.broadcast-articles=-1")))
        .hasMessageContaining("newspulse.spark.broadcast-articles must be >= 0, got -1");
  }

  @Test
  void overridesBeatTheFileWhichBeatsDefaultsAndRelativePathsFollowTheFile() throws Exception {
    Path file = tmp.resolve("job.conf");
    Files.writeString(
        file, "newspulse { trends.z-threshold = 2.0, trends.min-articles = 9, kb.path = mykb }");
    NewsPulseConfig c =
        ConfigLoader.load(
            file, List.of("trends.z-threshold=4.5", "input.plausible-from=1980-01-01"));
    assertThat(c.trends().zThreshold()).isEqualTo(4.5);
    assertThat(c.trends().minArticles()).isEqualTo(9);
    assertThat(c.input().plausibleFrom()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(c.kbPath()).isEqualTo(tmp.resolve("mykb").toString());
    assertThat(c.hash()).isNotEqualTo(ConfigLoader.load(null, List.of()).hash());
  }

  @Test
  void everyProblemIsReportedAtOnceWithKeyAndValue() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    null,
                    List.of(
                        "trends.min-articles=0",
                        "trends.granularities=[hour]",
                        "input.plausible-to=tomorrow",
                        "keywords.max-ngram=9",
                        "input.unreadable-files=ignore")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("invalid configuration (5 problems)")
        .hasMessageContaining("newspulse.input.unreadable-files must be fail or skip, got ignore")
        .hasMessageContaining("newspulse.trends.min-articles must be >= 1, got 0")
        .hasMessageContaining(
            "newspulse.trends.granularities: unknown granularity 'hour': expected one of day, week, month")
        .hasMessageContaining(
            "newspulse.input.plausible-to must be a date like 2024-01-31, got 'tomorrow'")
        .hasMessageContaining("newspulse.keywords.max-ngram must be in [1, 6], got 9");
  }

  @Test
  void theLanguageGateIsOnByDefaultAndItsSettingsAreChecked() {
    assertThat(ConfigLoader.load(null, List.of()).input().language())
        .isEqualTo(com.newspulse.core.ingest.LanguageGate.Settings.DEFAULT);
    assertThat(
            ConfigLoader.load(null, List.of("input.language.enabled=false"))
                .input()
                .language()
                .enabled())
        .isFalse();
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    null, List.of("input.language.min-ratio=0.5", "input.language.min-share=1.5")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("invalid configuration (2 problems)")
        .hasMessageContaining("newspulse.input.language.min-ratio must be at least 1, got 0.5")
        .hasMessageContaining("newspulse.input.language.min-share");
  }

  @Test
  void topicCountIsFixedOrChosenAmongCandidates() {
    TopicsConfig fixed = ConfigLoader.load(null, List.of()).topics();
    assertThat(fixed.kAuto()).isFalse();
    assertThat(fixed.ks()).containsExactly(20);
    TopicsConfig auto =
        ConfigLoader.load(null, List.of("topics.k=auto", "topics.k-candidates=[30, 10, 20, 10]"))
            .topics();
    assertThat(auto.kAuto()).isTrue();
    assertThat(auto.ks()).containsExactly(10, 20, 30);
    assertThat(auto.modelHash()).isNotEqualTo(fixed.modelHash());
    assertThat(fixed.restarts()).isEqualTo(1);
    TopicsConfig twice = ConfigLoader.load(null, List.of("topics.restarts=2")).topics();
    assertThat(twice.modelHash()).isNotEqualTo(fixed.modelHash());
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("topics.restarts=0")))
        .hasMessageContaining("newspulse.topics.restarts must be >= 1, got 0");
    assertThatThrownBy(
            () -> ConfigLoader.load(null, List.of("topics.k=auto", "topics.k-candidates=[1, 5]")))
        .hasMessageContaining(
            "newspulse.topics.k-candidates must list topic counts >= 2 when topics.k = auto, got [1, 5]");
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("topics.k=some")))
        .hasMessageContaining("topics.k");
  }

  @Test
  void malformedOverridesAndMissingFilesAreUsageErrors() {
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("z-threshold")))
        .hasMessage("override 'z-threshold' is not key=value (e.g. trends.z-threshold=2.5)");
    assertThatThrownBy(() -> ConfigLoader.load(tmp.resolve("nope.conf"), List.of()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("nope.conf does not exist or is not a file");
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("trends.z-threshold=abc")))
        .hasMessageContaining("trends.z-threshold has type STRING rather than NUMBER: got \"abc\"");
  }

  @Test
  void theReportWatchListDefaultsToTheIssueKeysAndKeepsTheConfigOrder() {
    assertThat(ConfigLoader.load(null, List.of()).report().watch())
        .extracting(Object::toString)
        .containsExactly(
            "theme:EXPORT_CONTROLS",
            "theme:AI_CHIPS",
            "theme:TARIFFS",
            "entity:nvidia",
            "entity:huawei");
    NewsPulseConfig custom =
        ConfigLoader.load(
            null,
            List.of(
                "report.watch=[\"keyword:chip curbs\", \" source : wire \", \"topic:3\", \"entity:ner:acme:x\"]"));
    assertThat(custom.report().watch())
        .containsExactly(
            new ReportConfig.WatchKey("keyword", "chip curbs"),
            new ReportConfig.WatchKey("source", "wire"),
            new ReportConfig.WatchKey("topic", "3"),
            new ReportConfig.WatchKey("entity", "ner:acme:x"));
    assertThat(ConfigLoader.load(null, List.of("report.watch=[]")).report().watch()).isEmpty();
  }

  @Test
  void aBadWatchEntryIsAConfigErrorNamingTheKeyAndTheEntry() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    null,
                    List.of(
                        "report.watch=[\"country:japan\", \"nvidia\", \"theme:\", \"theme:TARIFFS\", \"theme:TARIFFS\"]")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(
            "invalid configuration (4 problems):\n"
                + "  - newspulse.report.watch: entry 'country:japan' has an unknown dimension 'country': expected one of "
                + "theme, entity, topic, keyword, source\n"
                + "  - newspulse.report.watch: entry 'nvidia' is not <dimension>:<key> (dimension one of theme, entity, "
                + "topic, keyword, source), e.g. theme:EXPORT_CONTROLS\n"
                + "  - newspulse.report.watch: entry 'theme:' has an empty key\n"
                + "  - newspulse.report.watch lists 'theme:TARIFFS' twice");
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("report.watch=theme:TARIFFS")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("report.watch")
        .hasMessageContaining("LIST");
  }

  @Test
  void unknownKeysAreRejectedWithTheClosestKnownKey() throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(null, List.of("trends.z-treshold=3")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(
            "invalid configuration (1 problem):\n  - argument: unknown key 'trends.z-treshold' (did you mean"
                + " 'trends.z-threshold'?); known keys are listed in newspulse/defaults.conf")
        .satisfies(e -> assertThat(((InvalidConfigException) e).exitCode()).isEqualTo(2));
    Path file = tmp.resolve("typo.conf");
    Files.writeString(
        file,
        "newspulse { trends { min-artciles = 2 }, nothing-like-this = 1 }\nairflow.pool = x\n");
    assertThatThrownBy(() -> ConfigLoader.load(file, List.of()))
        .hasMessageContaining(
            "config file " + file + ": unknown key 'nothing-like-this'; known keys")
        .hasMessageContaining(
            "config file "
                + file
                + ": unknown key 'trends.min-artciles' (did you mean"
                + " 'trends.min-articles'?)");
    // Another section of the same file is not ours to check.
    Files.writeString(file, "newspulse.trends.min-articles = 2\nairflow.pool = x\n");
    assertThat(ConfigLoader.load(file, List.of()).trends().minArticles()).isEqualTo(2);
  }
}
