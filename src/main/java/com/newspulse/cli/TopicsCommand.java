package com.newspulse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newspulse topics <subcommand>}: the topic model. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = {
      "The topic model (LDA) behind the article_topics and topics tables.",
      "Runs fit the model once and reuse it, so topic ids stay stable; 'topics fit' refits on demand."
    },
    subcommands = {TopicsFitCommand.class})
final class TopicsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: see 'newspulse topics --help'");
  }
}
