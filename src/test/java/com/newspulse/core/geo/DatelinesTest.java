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
