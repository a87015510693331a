package com.newspulse.core.geo;

import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.match.EntityMention;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which countries an article is about, not merely which it names.
 *
 * <p>News indexers label the countries a story concerns, often without the country's name in the
 * text: a Chicago dateline and a "Federal Reserve" mention make a US story. So evidence comes from
 * three sources, each with a weight: the country named (or its demonym, an alias of the country),
 * an entity whose knowledge-base {@code country} is that country (a city, a company, an agency, a
 * person), and the dateline's place. Evidence early in the story counts more (the lead states what
 * the story is about; later paragraphs add background), and a country is attributed when its score
 * reaches {@link Rules#threshold()}. The weights were tuned on the Reuters-21578 training split and
 * are reported on its test split (docs/quality.md).
 */
public final class CountryAttribution implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Evidence weights; see the class comment. */
  public record Rules(
      double named,
      double linked,
      double dateline,
      double leadBonus,
      int leadChars,
      double threshold)
      implements Serializable {
    public static final Rules DEFAULT = new Rules(1.0, 0.5, 3.0, 1.0, 300, 2.5);
  }

  /** A country attributed to an article with its score and the evidence that gave it. */
  public record CountryScore(
      String countryId, double score, int named, int linked, boolean dateline)
      implements Serializable {}

  private final KnowledgeBase kb;
  private final Rules rules;

  public CountryAttribution(KnowledgeBase kb, Rules rules) {
    this.kb = kb;
    this.rules = rules;
  }

  /**
   * Whether an entity is a country-level place: a GPE without a parent country (the sovereign
   * states and the territories with their own ISO 3166 code, such as Hong Kong). The European Union
   * is a GPE too but not a country.
   */
  static boolean countryLevel(KbEntity e) {
    return e.type() == EntityType.GPE && e.country() == null && !e.id().equals("european-union");
  }

  /** The country an entity stands for or belongs to; null when the knowledge base does not say. */
  public String countryOf(String entityId) {
    KbEntity e = kb.byId(entityId);
    if (e == null) {
      return null;
    }
    if (countryLevel(e)) {
      return e.id();
    }
    KbEntity c = e.country() == null ? null : kb.byId(e.country());
    return c != null && countryLevel(c) ? c.id() : null;
  }

  /**
   * Countries of one article, best first.
   *
   * @param mentions the body's mentions (offsets into the body text)
   * @param datelineCountry the country of the story's dateline ({@link Datelines}), null when
   *     unknown
   */
  public List<CountryScore> attribute(List<EntityMention> mentions, String datelineCountry) {
    Map<String, Acc> acc = new HashMap<>();
    for (EntityMention m : mentions) {
      String c = countryOf(m.entityId());
      if (c == null) {
        continue;
      }
      boolean direct = c.equals(m.entityId());
      double w = direct ? rules.named() : rules.linked();
      if (m.start() < rules.leadChars()) {
        w += direct ? rules.leadBonus() : rules.leadBonus() * rules.linked();
      }
      Acc a = acc.computeIfAbsent(c, k -> new Acc());
      a.score += w;
      if (direct) {
        a.named++;
      } else {
        a.linked++;
      }
    }
    if (datelineCountry != null) {
      Acc a = acc.computeIfAbsent(datelineCountry, k -> new Acc());
      a.dateline = true;
      a.score += rules.dateline();
    }
    List<CountryScore> out = new ArrayList<>();
    acc.forEach(
        (c, a) -> {
          if (a.score >= rules.threshold()) {
            out.add(new CountryScore(c, a.score, a.named, a.linked, a.dateline));
          }
        });
    out.sort(
        Comparator.comparingDouble(CountryScore::score)
            .reversed()
            .thenComparing(CountryScore::countryId));
    return out;
  }

  private static final class Acc {
    double score;
    int named;
    int linked;
    boolean dateline;
  }
}
