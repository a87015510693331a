package com.newspulse.core.generate;

import java.util.Locale;

/** Invented news outlets (source names) and the URL slugs derived from them. */
final class Outlets {

  private Outlets() {}

  static final String[] NAMES = {
    "Global Wire",
    "Market Ledger",
    "Tech Dispatch",
    "Capital Herald",
    "Asia Business Daily",
    "Energy Monitor",
    "Policy Review",
    "Daily Chronicle"
  };

  static final String[] SLUGS = slugs();

  private static String[] slugs() {
    String[] out = new String[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      out[i] = NAMES[i].toLowerCase(Locale.ROOT).replace(' ', '-');
    }
    return out;
  }
}
