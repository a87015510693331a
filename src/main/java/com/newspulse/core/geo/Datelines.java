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
 * Wire-copy and press-release datelines ("ROCHESTER, N.Y., Feb 26 -", "TOKYO (Reuters) -", "AUSTIN,
 * TX, March 8, 2024 /PRNewswire/ --"): finding one at the start of a story and resolving its place
 * to a country.
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

  private static final String DASH = "\\s*[-\u2013\u2014]{1,2}";

  private static final String DISTRIBUTOR =
      "(?:\\s*/[^/\\n]{1,40}/|\\s+\\([A-Z][A-Za-z ]{1,40}\\))?";

  /**
   * "CITY[, Region], Mon DD -" or "CITY (Agency) -" at the start of a line; the date may carry its
   * year and a distributor, as press releases write it ("CITY, ST, March 8, 2024 /PRNewswire/ --",
   * "CITY, March 8, 2024 (GLOBE NEWSWIRE) --", "CITY, ST - October 27, 2025 (NEWMEDIAWIRE) -"), and
   * after a year the dash may be missing ("CITY, ST, March 8, 2024 /PRNewswire/ Text"). The city is
   * in capitals, as wire copy writes it, so an ordinary first sentence is never taken for one.
   */
  private static final Pattern OPENING =
      Pattern.compile(
          "^[ \\t]*([A-Z][A-Z.'\\- ]{1,40}(?:,[ \\t]*[A-Z][A-Za-z.' ]{1,30}){0,2})"
              + "(?:(?:,?|"
              + DASH
              + ")\\s+"
              + MONTH
              + "\\s+\\d{1,2}(?:,?\\s+\\d{4}(?:"
              + DASH
              + ")?"
              + DISTRIBUTOR
              + "(?:"
              + DASH
              + ")?|"
              + DISTRIBUTOR
              + DASH
              + ")|\\s+\\([A-Z][A-Za-z ]{1,30}\\)"
              + DASH
              + ")\\s");

  /**
   * How far a dateline is looked for: at the start of the body or of one of its next two lines (a
   * release may open with a subtitle or a label line), within this many characters.
   */
  private static final int OPENING_CHARS = 400;

  private static final int OPENING_LINES = 3;

  /**
   * A dateline: where it starts and ends (after its dash and the space that follows), its place.
   */
  public record Opening(int start, int end, String place) {}

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
    Opening o = opening(text, 0);
    return o == null ? null : o.place();
  }

  /**
   * The dateline that opens the text at {@code from} (or one of the next lines, see {@link
   * #OPENING_LINES}), or null: the span is the story's metadata (place, date, distributor), not its
   * prose.
   */
  public static Opening opening(String text, int from) {
    if (text == null || from >= text.length()) {
      return null;
    }
    int limit = Math.min(text.length(), from + OPENING_CHARS);
    Matcher m = OPENING.matcher(text);
    int line = from;
    for (int i = 0; i < OPENING_LINES && line < limit; i++) {
      m.region(line, limit);
      if (m.find()) {
        return new Opening(line, m.end(), m.group(1).trim());
      }
      int next = text.indexOf('\n', line);
      if (next < 0 || next >= limit) {
        break;
      }
      line = next + 1;
      while (line < limit && text.charAt(line) == '\n') {
        line++; // a blank line between paragraphs is no line of its own
      }
    }
    return null;
  }

  /** A US ZIP (+4) or a Canadian postal code right after a region code, then no letter or digit. */
  private static final Pattern POSTAL_CODE_AFTER =
      Pattern.compile(" +(?:\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d)(?![\\p{L}\\d])");

  /**
   * Whether {@code text[start, end)} is a US state's or Canadian province's two-letter postal code
   * written after a place and a comma ("Fullerton, CA", "Elmira, NY"), or before a ZIP or Canadian
   * postal code ("Santa Monica CA 90405", "Toronto ON M5V 2T6"): the place's region, in the
   * convention of datelines and addresses, not a name of its own.
   */
  public static boolean isRegionAfterPlace(String text, int start, int end) {
    if (end - start != 2
        || !Character.isUpperCase(text.charAt(start))
        || !Character.isUpperCase(text.charAt(start + 1))
        || !REGIONS.containsKey(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (POSTAL_CODE_AFTER
        .matcher(text)
        .useTransparentBounds(true)
        .region(end, Math.min(text.length(), end + 12))
        .lookingAt()) {
      return true;
    }
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || text.charAt(i) != ',') {
      return false;
    }
    i--;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int wordEnd = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return wordEnd - (i + 1) >= 2 && Character.isUpperCase(text.charAt(i + 1));
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
