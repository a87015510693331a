package com.newspulse.core.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the title and text of one article from one random stream. Made per article, so its mutable
 * state (buffer, used-template masks) is never shared between rows or threads.
 *
 * <p>Text = optional dateline, lead, required sentences, 2-4 body sentences of the main story type
 * (planted Huawei/Toyota sentences inserted at random positions after the lead), then sentences
 * drawn 50/20/30 from the main type, a secondary type and neutral filler until the drawn word count
 * is reached.
 */
final class ArticleWriter implements Template.SlotSink {

  record Story(String title, String text) {}

  static final int MIN_WORDS = 150;
  // Targets stop short of the 1,500-word cap: the last sentence (< 50 words) may overshoot.
  private static final int MAX_TARGET = 1450;
  private static final int MAIN = 0;
  private static final int SECOND = 1;
  private static final int FILLER = 2;

  private static final String[] DATELINE_CITIES = upperCase(Vocabulary.CITIES);
  private static final int SLOTS = Slot.values().length;

  private final SplittableRandom rng;
  private final String weekday;
  private StringBuilder text;
  private int sentencesInParagraph;
  private final long[] used = new long[3]; // MAIN, SECOND, FILLER: bit i = template i used
  private int[] subjects; // per article: 1 + value index of each {@slot}, by Slot ordinal

  ArticleWriter(SplittableRandom rng, int dayOfWeek) {
    this.rng = rng;
    this.weekday = Vocabulary.WEEKDAYS[dayOfWeek];
  }

  Story write(boolean exportStory, boolean huawei, boolean toyota, String outlet) {
    StoryKit main = exportStory ? PlantedStories.EXPORT_CONTROLS : BackgroundStories.pick(rng);
    StoryKit second;
    if (exportStory) {
      second = rng.nextBoolean() ? WorldStories.SEMICONDUCTORS : EconomyStories.TRADE;
    } else {
      second = BackgroundStories.pickOther(rng, main);
    }
    int target = targetWords();

    StringBuilder title = new StringBuilder(96);
    pick(main.titles()).render(title, this);

    Template[] plan = new Template[main.required().length + 8];
    int n = 0;
    plan[n++] = pick(main.leads());
    for (Template[] pool : main.required()) {
      plan[n++] = pick(pool);
    }
    for (int k = 2 + rng.nextInt(3); k > 0; k--) {
      plan[n++] = draw(main.body(), MAIN);
    }
    if (huawei) {
      n = insertAfterLead(plan, n, pick(PlantedStories.HUAWEI));
    }
    if (toyota) {
      n = insertAfterLead(plan, n, pick(PlantedStories.TOYOTA));
    }

    // ~7 chars per word incl. separator; pre-sizing avoids regrowth copies.
    text = new StringBuilder(target * 7 + 256);
    if (rng.nextInt(5) < 2) {
      String city = DATELINE_CITIES[rng.nextInt(DATELINE_CITIES.length)];
      text.append(city).append(" (").append(outlet).append(") — ");
    }
    int words = Template.words(text);
    for (int i = 0; i < n; i++) {
      words += sentence(plan[i]);
    }
    while (words < target) {
      int r = rng.nextInt(10);
      if (r < 5) {
        words += sentence(draw(main.body(), MAIN));
      } else if (r < 7) {
        words += sentence(draw(second.body(), SECOND));
      } else {
        words += sentence(draw(FillerSentences.ALL, FILLER));
      }
    }
    return new Story(title.toString(), text.toString());
  }

  @Override
  public int fill(StringBuilder out, Slot slot, boolean subject) {
    String[] values = slot.values;
    if (values != null) {
      int i;
      if (subject) {
        if (subjects == null) {
          subjects = new int[SLOTS];
        }
        if (subjects[slot.ordinal()] == 0) {
          subjects[slot.ordinal()] = 1 + rng.nextInt(values.length);
        }
        i = subjects[slot.ordinal()] - 1;
      } else {
        i = rng.nextInt(values.length);
      }
      out.append(values[i]);
      return slot.valueWords[i];
    }
    switch (slot) {
      case WEEKDAY -> out.append(weekday);
      case MONEY -> money(out);
      case BIGMONEY ->
          out.append('$')
              .append(1 + rng.nextInt(9))
              .append('.')
              .append(rng.nextInt(10))
              .append(" trillion");
      case SMALLMONEY -> cents(out.append('$').append(rng.nextInt(10)));
      case PCT -> {
        out.append(1 + rng.nextInt(45));
        if (rng.nextBoolean()) {
          out.append('.').append(1 + rng.nextInt(9));
        }
        out.append('%');
      }
      case SMALLPCT ->
          out.append(rng.nextInt(3)).append('.').append(1 + rng.nextInt(9)).append('%');
      case YIELD -> cents(out.append(3 + rng.nextInt(3))).append('%');
      case BARREL -> cents(out.append('$').append(58 + rng.nextInt(38))).append(" a barrel");
      case GOLD -> grouped(out.append('$'), 1800 + rng.nextInt(1800));
      case EPS -> cents(out.append('$').append(rng.nextInt(8)));
      case NUM -> grouped(out, 100 * (10 + rng.nextInt(2500)));
      case FEW -> out.append(5 + rng.nextInt(56));
      case CARBON -> out.append('€').append(55 + rng.nextInt(41)).append(" a tonne");
      case PRICE -> grouped(out.append('$'), 799 + 100 * rng.nextInt(13));
      default -> throw new IllegalStateException("slot without values or formula: " + slot);
    }
    return switch (slot) {
      case MONEY, BIGMONEY -> 2;
      case BARREL, CARBON -> 3;
      default -> 1;
    };
  }

  /** Skewed length: 65% 300-700 words, 15% 150-299, 20% 701-1450 weighted toward shorter. */
  private int targetWords() {
    int r = rng.nextInt(100);
    if (r < 65) {
      return 300 + rng.nextInt(401);
    }
    if (r < 80) {
      return MIN_WORDS + rng.nextInt(150);
    }
    double u = rng.nextDouble();
    return 701 + (int) (u * u * (MAX_TARGET - 701));
  }

  /** Appends a separator (space or paragraph break) and one sentence; returns its word count. */
  private int sentence(Template template) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
      if (sentencesInParagraph >= 4 || (sentencesInParagraph >= 2 && rng.nextInt(3) == 0)) {
        text.append("\n\n");
        sentencesInParagraph = 0;
      } else {
        text.append(' ');
      }
    }
    sentencesInParagraph++;
    return template.render(text, this);
  }

  /**
   * A random template of {@code pool} not yet used from it in this article (linear probe from a
   * random start), so sentences repeat only once the pool is spent.
   */
  private Template draw(Template[] pool, int which) {
    long mask = used[which];
    if (Long.bitCount(mask) == pool.length) {
      mask = 0;
    }
    int i = rng.nextInt(pool.length);
    while ((mask >>> i & 1L) != 0) {
      i = i + 1 == pool.length ? 0 : i + 1;
    }
    used[which] = mask | 1L << i;
    return pool[i];
  }

  private Template pick(Template[] pool) {
    return pool[rng.nextInt(pool.length)];
  }

  private int insertAfterLead(Template[] plan, int n, Template planted) {
    int at = 1 + rng.nextInt(n);
    System.arraycopy(plan, at, plan, at + 1, n - at);
    plan[at] = planted;
    return n + 1;
  }

  private void money(StringBuilder out) {
    int r = rng.nextInt(20);
    if (r < 11) {
      int whole = 1 + rng.nextInt(99);
      out.append('$').append(whole);
      if (whole < 20 && rng.nextBoolean()) {
        out.append('.').append(1 + rng.nextInt(9));
      }
      out.append(" billion");
    } else if (r < 18) {
      out.append('$').append(100 + 10 * rng.nextInt(90)).append(" million");
    } else {
      out.append('€')
          .append(1 + rng.nextInt(40))
          .append('.')
          .append(1 + rng.nextInt(9))
          .append(" billion");
    }
  }

  private StringBuilder cents(StringBuilder out) {
    int c = rng.nextInt(100);
    return out.append('.').append(c < 10 ? "0" : "").append(c);
  }

  private static void grouped(StringBuilder out, int value) {
    if (value < 1000) {
      out.append(value);
      return;
    }
    grouped(out, value / 1000);
    int rest = value % 1000;
    out.append(',').append(rest < 100 ? (rest < 10 ? "00" : "0") : "").append(rest);
  }

  private static String[] upperCase(String[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].toUpperCase(Locale.ROOT);
    }
    return out;
  }
}
