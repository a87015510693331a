package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.kb.Sense;
import com.newspulse.core.themes.ThemeTaxonomy;
import com.newspulse.job.EnrichResources;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Checks the configuration, knowledge base and taxonomy without starting Spark: a CI step for conf/
 * edits.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate the configuration, the knowledge base and the theme taxonomy, and print their sizes.",
      "Exit 2 with every problem listed (file:line) when something is broken."
    })
final class ValidateCommand implements Callable<Integer> {
  @Mixin JobOptions job;

  @Override
  public Integer call() {
    NewsPulseConfig config = job.config();
    // The same loader as a run's: whatever a run would reject here, validate rejects.
    EnrichResources resources = EnrichResources.load(config, new Configuration());
    KnowledgeBase kb = resources.kb();
    ThemeTaxonomy themes = resources.themes();
    Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
    for (KbEntity e : kb.entities()) {
      byType.merge(e.type(), 1, Integer::sum);
    }
    System.out.printf("configuration OK (hash %s)%n", config.hash());
    System.out.printf(
        "knowledge base %s: %d entities, %d aliases %s; senses %s; longer names %s%n",
        config.kbPath(),
        kb.size(),
        kb.aliasCount(),
        byType,
        kb.senses().stream().map(Sense::id).toList(),
        kb.longerNames().stream().map(n -> n.id() + " (" + n.heads().size() + " heads)").toList());
    System.out.printf("theme taxonomy %s: %d themes%n", config.themesPath(), themes.size());
    System.out.printf(
        "tone lexicon %s: %d terms%n",
        config.analytics().toneLexiconPath(), resources.lexicon().size());
    return 0;
  }
}
