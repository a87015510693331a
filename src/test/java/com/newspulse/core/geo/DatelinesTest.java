package com.newspulse.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {
  private final Datelines datelines = new Datelines(CountryAttributionTest.KB);

  @Test
  void findsTheDatelineThatOpensWireCopy() {
    assertThat(Datelines.find("TOKYO, March 3 - Toyota said")).isEqualTo("TOKYO");
    assertThat(Datelines.find("ROCHESTER, N.Y., Feb 26 - The company said"))
        .isEqualTo("ROCHESTER, N.Y.");
    assertThat(Datelines.find("HONG KONG (Reuters) - Shares fell")).isEqualTo("HONG KONG");
    assertThat(Datelines.find("Shares fell in Tokyo, March 3 - a bad day")).isNull();
    assertThat(Datelines.find(null)).isNull();
  }

  @Test
  void findsThePressReleaseDatelineWithItsYearAndDistributor() {
    String wire = "YERINGTON, NV, March 08, 2024 /Quillwire/ -- Zorblax opened a plant.";
    assertThat(Datelines.find(wire)).isEqualTo("YERINGTON, NV");
    assertThat(Datelines.opening(wire, 0))
        .isEqualTo(new Datelines.Opening(0, wire.indexOf("Zorblax"), "YERINGTON, NV"));
    String globe = "AUSTIN, TX, March 8, 2024 (QUILL NEWSWIRE) -- Zorblax opened a plant.";
    assertThat(Datelines.opening(globe, 0).end()).isEqualTo(globe.indexOf("Zorblax"));
    // After a year the dash may be missing.
    String dashless = "FREMONT, CA, January 18, 2025  Zorblax opened a plant.";
    assertThat(Datelines.opening(dashless, 0).end()).isEqualTo(dashless.indexOf(" Zorblax"));
    String label = "EL PASO, TX, March 9, 2024 /Quillwire/  Zorblax opened a plant.";
    assertThat(Datelines.opening(label, 0).end()).isEqualTo(label.indexOf(" Zorblax"));
    String dashed = "LOS ANGELES, CA - October 27, 2025 (QUILL WIRE) - Zorblax opened a plant.";
    assertThat(Datelines.opening(dashed, 0))
        .isEqualTo(new Datelines.Opening(0, dashed.indexOf("Zorblax"), "LOS ANGELES, CA"));
    String em =
        "LOS ANGELES, CA \u2014 October 14, 2025 \u2014 (QUILL WIRE) \u2014 Zorblax opened.";
    assertThat(Datelines.opening(em, 0).end()).isEqualTo(em.indexOf("Zorblax"));
    // Without a year the dash is what makes it a dateline.
    assertThat(Datelines.find("TOKYO, March 3 Toyota said")).isNull();
    assertThat(Datelines.find("Zorblax opened a plant, March 8, 2024 -- a first.")).isNull();
    assertThat(datelines.country(Datelines.find(wire))).isEqualTo("united-states");
  }

  @Test
  void looksAtTheBodysFirstThreeLinesFromWhereItStarts() {
    String headed = "Plant opens\n\n" + "YERINGTON, NV, March 08, 2024 -- Zorblax opened a plant.";
    assertThat(Datelines.opening(headed, 13))
        .isEqualTo(new Datelines.Opening(13, headed.indexOf("Zorblax"), "YERINGTON, NV"));
    // A subtitle line first: the dateline opens the next paragraph.
    assertThat(Datelines.opening(headed, 0))
        .isEqualTo(new Datelines.Opening(13, headed.indexOf("Zorblax"), "YERINGTON, NV"));
    String late = "One\nTwo\nThree\nYERINGTON, NV, March 08, 2024 -- Zorblax opened a plant.";
    assertThat(Datelines.opening(late, 0)).isNull();
    assertThat(Datelines.opening(null, 0)).isNull();
  }

  @Test
  void aPostalCodeAfterAPlaceAndACommaIsItsRegion() {
    String t = "Call the office in Fullerton, CA or Elmira,NY today. OR staff in IN, CA.";
    assertThat(Datelines.isRegionAfterPlace(t, t.indexOf("CA"), t.indexOf("CA") + 2)).isTrue();
    assertThat(Datelines.isRegionAfterPlace(t, t.indexOf("NY"), t.indexOf("NY") + 2)).isTrue();
    // Not after a place and a comma, not a region code, not two capitals.
    assertThat(Datelines.isRegionAfterPlace(t, t.indexOf("OR"), t.indexOf("OR") + 2)).isFalse();
    assertThat(Datelines.isRegionAfterPlace(t, t.lastIndexOf("CA"), t.lastIndexOf("CA") + 2))
        .isTrue(); // "IN, CA": IN is capitalised
    String u = "Staff of Acme, XY and Acme, Ca agreed.";
    assertThat(Datelines.isRegionAfterPlace(u, u.indexOf("XY"), u.indexOf("XY") + 2)).isFalse();
    assertThat(Datelines.isRegionAfterPlace(u, u.indexOf("Ca "), u.indexOf("Ca ") + 2)).isFalse();
    String v = "the plan, CA said";
    assertThat(Datelines.isRegionAfterPlace(v, v.indexOf("CA"), v.indexOf("CA") + 2)).isFalse();
  }

  @Test
  void aPostalCodeBeforeAZipOrCanadianPostalCodeIsARegion() {
    String t =
        "Write to 12 Main St, Santa Monica CA 90405 or Toronto ON M5V 2T6 or Austin TX 78701-1234.";
    for (String code : new String[] {"CA", "ON", "TX"}) {
      int at = t.indexOf(code + " ");
      assertThat(Datelines.isRegionAfterPlace(t, at, at + 2)).as(code).isTrue();
    }
    // Not a ZIP: six digits, five glued to a letter, nothing after the code.
    String u = "CA 904051 units; NY 20245a; ask TX";
    assertThat(Datelines.isRegionAfterPlace(u, 0, 2)).isFalse();
    assertThat(Datelines.isRegionAfterPlace(u, u.indexOf("NY"), u.indexOf("NY") + 2)).isFalse();
    assertThat(Datelines.isRegionAfterPlace(u, u.indexOf("TX"), u.indexOf("TX") + 2)).isFalse();
  }

  @Test
  void resolvesRegionsThenCities() {
    assertThat(datelines.country("ROCHESTER, N.Y., Feb 26 -")).isEqualTo("united-states");
    assertThat(datelines.country("LOUISVILLE, Ky.")).isEqualTo("united-states");
    assertThat(datelines.country("Scarborough, Ontario, Feb 26 -")).isEqualTo("canada");
    assertThat(datelines.country("TOKYO, March 3 -")).isEqualTo("japan");
    // An ambiguous alias is still a place in a dateline.
    assertThat(datelines.country("PORTLAND")).isEqualTo("united-states");
    assertThat(datelines.country("HONG KONG")).isEqualTo("hong-kong");
    assertThat(datelines.country("ATLANTIS, Feb 2 -")).isNull();
    assertThat(datelines.country("  ")).isNull();
  }
}
