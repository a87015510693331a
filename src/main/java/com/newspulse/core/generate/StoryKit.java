package com.newspulse.core.generate;

/**
 * The templates of one story type.
 *
 * @param name story type, e.g. {@code MARKETS}
 * @param weight relative frequency in the background mix (0 for planted types)
 * @param titles headline templates
 * @param leads opening-sentence templates
 * @param required pools from each of which one sentence always follows the lead, in order (how a
 *     planted story guarantees its marker phrases)
 * @param body further sentences of this type, drawn without repetition until exhausted
 */
record StoryKit(
    String name,
    int weight,
    Template[] titles,
    Template[] leads,
    Template[][] required,
    Template[] body) {

  static StoryKit background(
      String name, int weight, String[] titles, String[] leads, String[] body) {
    return new StoryKit(
        name,
        weight,
        Template.all(titles),
        Template.all(leads),
        new Template[0][],
        Template.all(body));
  }
}
