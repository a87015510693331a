package com.newspulse.core.geo;

import com.newspulse.core.kb.Alias;
import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.text.Folding;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire-copy datelines ("ROCHESTER, N.Y., Feb 26 -", "TOKYO (Reuters) -"): finding one at the start
 * of a story and resolving its place to a country.
 *
 * <p>A dateline names a place for certain, so every place alias of the knowledge base counts here,
 * including those the body matcher treats as ambiguous ("Jackson, Miss." is a city). The region
 * after the city is read first: US states and Canadian provinces in their AP-style abbreviations
 * are a dateline convention, not knowledge-base aliases (in running text "Miss." or "Ind." would be
 * wrong far too often), so they live in this class.
 */
public final class Datelines implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String MONTH =
      "(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-zA-Z]*\\.?";

  /**
   * "CITY[, Region], Mon DD -" or "CITY (Agency) -" at the very start of a text. The city is in
   * capitals, as wire copy writes it, so an ordinary first sentence is never taken for one.
   */
  private static final Pattern OPENING =
      Pattern.compile(
          "^\\s*([A-Z][A-Z.'\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.' ]{1,30}){0,2})"
              + "(?:,?\\s+"
              + MONTH
              + "\\s+\\d{1,2}|\\s+\\([A-Z][A-Za-z ]{1,30}\\))\\s*[-\u2013\u2014]{1,2}\\s");

  private static final Pattern DATE_PART =
      Pattern.compile(",?\\s+" + MONTH + "\\s+\\d{1,2}.*$|\\s*\\(.*$", Pattern.CASE_INSENSITIVE);

  private static final String US = "united-states";
  private static final String CANADA = "canada";
  private static final String AUSTRALIA = "australia";
  private static final Map<String, String> REGIONS = regions();

  private final Map<String, String> placeCountry = new HashMap<>();

  public Datelines(KnowledgeBase kb) {
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.GPE && e.type() != EntityType.LOC) {
        continue;
      }
      String country = CountryAttribution.countryLevel(e) ? e.id() : e.country();
      if (country == null) {
        continue;
      }
      for (Alias a : e.aliases()) {
        // Country-level names win a clash (a dateline "GEORGIA" alone is more often the country).
        placeCountry.merge(key(a.text()), country, (old, neu) -> old);
      }
      placeCountry.put(key(e.name()), country);
    }
  }

  /** The dateline that opens {@code text}, without its date part; null when there is none. */
  public static String find(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = OPENING.matcher(text.length() > 120 ? text.substring(0, 120) : text);
    return m.find() ? m.group(1).trim() : null;
  }

  /** The country of a dateline's place, or null when the place is unknown. */
  public String country(String dateline) {
    if (dateline == null || dateline.isBlank()) {
      return null;
    }
    String place = DATE_PART.matcher(dateline.trim()).replaceFirst("");
    String[] parts = place.split(",");
    for (int i = parts.length - 1; i >= 0; i--) {
      String k = key(parts[i]);
      if (k.isEmpty()) {
        continue;
      }
      String c = REGIONS.get(k.replace(".", "").replace(" ", ""));
      if (c == null) {
        c = placeCountry.get(k);
      }
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static String key(String s) {
    return Folding.fold(s).replaceAll("\\s+", " ").trim();
  }

  private static Map<String, String> regions() {
    Map<String, String> m = new HashMap<>();
    // "abbreviations=full name"; abbreviations are compared without dots and spaces ("N.H." =
    // "nh").
    String states =
        "al,ala=alabama|ak=alaska|az,ariz=arizona|ar,ark=arkansas|ca,cal,calif=california|"
            + "co,colo=colorado|ct,conn=connecticut|de,del=delaware|dc=district of columbia|fl,fla=florida|"
            + "ga=georgia|hi=hawaii|id=idaho|il,ill=illinois|in,ind=indiana|ia=iowa|ks,kan,kans=kansas|"
            + "ky=kentucky|la=louisiana|me=maine|md=maryland|ma,mass=massachusetts|mi,mich=michigan|"
            + "mn,minn=minnesota|ms,miss=mississippi|mo=missouri|mt,mont=montana|ne,neb,nebr=nebraska|"
            + "nv,nev=nevada|nh=new hampshire|nj=new jersey|nm=new mexico|ny=new york|nc=north carolina|"
            + "nd=north dakota|oh=ohio|ok,okla=oklahoma|or,ore=oregon|pa,penn,penna=pennsylvania|ri=rhode island|"
            + "sc=south carolina|sd=south dakota|tn,tenn=tennessee|tx,tex=texas|ut=utah|vt=vermont|va=virginia|"
            + "wa,wash=washington|wv,wva=west virginia|wi,wis,wisc=wisconsin|wy,wyo=wyoming|pr=puerto rico";
    String provinces =
        "ab,alta=alberta|bc=british columbia|mb,man=manitoba|nb=new brunswick|"
            + "nl,nfld=newfoundland|ns=nova scotia|on,ont=ontario|pe,pei=prince edward island|"
            + "qc,que=quebec|sk,sask=saskatchewan|yt=yukon|nt,nwt=northwest territories";
    // Australian states by full name only: "WA" is Washington in US datelines.
    String states2 =
        "=new south wales|=queensland|=victoria|=western australia|=tasmania|=south australia";
    addRegions(m, states, US);
    addRegions(m, provinces, CANADA);
    addRegions(m, states2, AUSTRALIA);
    return Map.copyOf(m);
  }

  private static void addRegions(Map<String, String> m, String spec, String country) {
    for (String group : spec.split("\\|")) {
      int eq = group.indexOf('=');
      m.putIfAbsent(group.substring(eq + 1).replace(" ", ""), country);
      for (String abbr : group.substring(0, eq).split(",")) {
        if (!abbr.isEmpty()) {
          m.putIfAbsent(abbr, country);
        }
      }
    }
  }
}
