package com.newspulse.core.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.br.BrazilianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The function words (stop words) of the languages other than English that Lucene's analyzers
 * curate, inverted once per JVM into word → the languages that list it (a bit per language), so
 * that reading an article costs one lookup per word, not one per word and language.
 */
final class FunctionWords {
  /** Language names, in bit order. */
  static final List<String> LANGUAGES;

  private static final Map<String, Long> MASKS;

  static {
    Map<String, Supplier<CharArraySet>> sets = new java.util.LinkedHashMap<>();
    sets.put("Arabic", ArabicAnalyzer::getDefaultStopSet);
    sets.put("Armenian", ArmenianAnalyzer::getDefaultStopSet);
    sets.put("Basque", BasqueAnalyzer::getDefaultStopSet);
    sets.put("Bengali", BengaliAnalyzer::getDefaultStopSet);
    sets.put("Brazilian Portuguese", BrazilianAnalyzer::getDefaultStopSet);
    sets.put("Bulgarian", BulgarianAnalyzer::getDefaultStopSet);
    sets.put("Catalan", CatalanAnalyzer::getDefaultStopSet);
    sets.put("Czech", CzechAnalyzer::getDefaultStopSet);
    sets.put("Danish", DanishAnalyzer::getDefaultStopSet);
    sets.put("Dutch", DutchAnalyzer::getDefaultStopSet);
    sets.put("Estonian", EstonianAnalyzer::getDefaultStopSet);
    sets.put("Finnish", FinnishAnalyzer::getDefaultStopSet);
    sets.put("French", FrenchAnalyzer::getDefaultStopSet);
    sets.put("Galician", GalicianAnalyzer::getDefaultStopSet);
    sets.put("German", GermanAnalyzer::getDefaultStopSet);
    sets.put("Greek", GreekAnalyzer::getDefaultStopSet);
    sets.put("Hindi", HindiAnalyzer::getDefaultStopSet);
    sets.put("Hungarian", HungarianAnalyzer::getDefaultStopSet);
    sets.put("Indonesian", IndonesianAnalyzer::getDefaultStopSet);
    sets.put("Irish", IrishAnalyzer::getDefaultStopSet);
    sets.put("Italian", ItalianAnalyzer::getDefaultStopSet);
    sets.put("Latvian", LatvianAnalyzer::getDefaultStopSet);
    sets.put("Lithuanian", LithuanianAnalyzer::getDefaultStopSet);
    sets.put("Nepali", NepaliAnalyzer::getDefaultStopSet);
    sets.put("Norwegian", NorwegianAnalyzer::getDefaultStopSet);
    sets.put("Persian", PersianAnalyzer::getDefaultStopSet);
    sets.put("Polish", PolishAnalyzer::getDefaultStopSet);
    sets.put("Portuguese", PortugueseAnalyzer::getDefaultStopSet);
    sets.put("Romanian", RomanianAnalyzer::getDefaultStopSet);
    sets.put("Russian", RussianAnalyzer::getDefaultStopSet);
    sets.put("Serbian", SerbianAnalyzer::getDefaultStopSet);
    sets.put("Sorani Kurdish", SoraniAnalyzer::getDefaultStopSet);
    sets.put("Spanish", SpanishAnalyzer::getDefaultStopSet);
    sets.put("Swedish", SwedishAnalyzer::getDefaultStopSet);
    sets.put("Tamil", TamilAnalyzer::getDefaultStopSet);
    sets.put("Telugu", TeluguAnalyzer::getDefaultStopSet);
    sets.put("Thai", ThaiAnalyzer::getDefaultStopSet);
    sets.put("Turkish", TurkishAnalyzer::getDefaultStopSet);
    Map<String, Long> masks = new HashMap<>();
    int bit = 0;
    for (Supplier<CharArraySet> set : sets.values()) {
      long mask = 1L << bit++;
      for (Object o : set.get()) {
        // CharArraySet iterates its words as char[].
        String w = (o instanceof char[] c ? new String(c) : o.toString()).toLowerCase(Locale.ROOT);
        masks.merge(w, mask, (a, b) -> a | b);
      }
    }
    LANGUAGES = List.copyOf(sets.keySet());
    MASKS = Map.copyOf(masks);
  }

  private FunctionWords() {}

  /** The languages that list {@code word} (lower-cased) as a function word, one bit each. */
  static long languages(String word) {
    return MASKS.getOrDefault(word, 0L);
  }
}
