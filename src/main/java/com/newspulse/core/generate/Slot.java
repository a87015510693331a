package com.newspulse.core.generate;

/**
 * Placeholders usable in templates as {@code {lowercase_name}}. A slot with a word list picks one
 * entry; a slot without one is computed by {@link ArticleWriter} (amounts, the weekday).
 */
enum Slot {
  COUNTRY(Vocabulary.COUNTRIES),
  CITY(Vocabulary.CITIES),
  INDEX(Vocabulary.INDEXES),
  MOVE(Vocabulary.MOVES),
  BIGCO(Vocabulary.BIG_COMPANIES),
  BANK(Vocabulary.BANKS),
  ADVISER(Vocabulary.ADVISERS),
  SECTOR(Vocabulary.SECTORS),
  SECTOR2(Vocabulary.SECTORS_2),
  SPAN(Vocabulary.SPANS),
  EXTREME(Vocabulary.EXTREMES),
  MONTH(Vocabulary.MONTHS),
  QUARTER(Vocabulary.QUARTERS),
  HALF(Vocabulary.HALVES),
  OILCO(Vocabulary.OIL_COMPANIES),
  OILGROUP(Vocabulary.OIL_GROUPS),
  ASSET(Vocabulary.ENERGY_ASSETS),
  REGION(Vocabulary.REGIONS),
  VOTERS(Vocabulary.ELECTION_COUNTRIES),
  LEADER(Vocabulary.LEADERS),
  OFFICIAL(Vocabulary.TRADE_OFFICIALS),
  GOODS(Vocabulary.GOODS),
  TECHCO(Vocabulary.TECH_COMPANIES),
  TECHEXEC(Vocabulary.TECH_EXECUTIVES),
  CHIPCO(Vocabulary.CHIP_COMPANIES),
  CHIPEXEC(Vocabulary.CHIP_EXECUTIVES),
  FAB(Vocabulary.FAB_SITES),
  CBANK(Vocabulary.CENTRAL_BANKS),
  CBHEAD(Vocabulary.CENTRAL_BANKERS),
  BPS(Vocabulary.BASIS_POINTS),
  CARCO(Vocabulary.CAR_COMPANIES),
  AUTOEXEC(Vocabulary.AUTO_EXECUTIVES),
  ORDINAL(Vocabulary.ORDINALS),
  TARGET(Vocabulary.TARGETS),
  /** Weekday of the article's publication day. */
  WEEKDAY(null),
  /** "$4.2 billion", "$310 million", "€12.5 billion". */
  MONEY(null),
  /** "$1.7 trillion". */
  BIGMONEY(null),
  /** "$2.50": prices per unit. */
  SMALLMONEY(null),
  /** "12%" or "3.4%". */
  PCT(null),
  /** "0.4%" to "2.9%": growth and inflation figures. */
  SMALLPCT(null),
  /** "4.37%": bond yields. */
  YIELD(null),
  /** "$78.40 a barrel". */
  BARREL(null),
  /** "$2,315": gold per ounce. */
  GOLD(null),
  /** "$1.27": earnings per share. */
  EPS(null),
  /** "12,400". */
  NUM(null),
  /** 5 to 60. */
  FEW(null),
  /** "€72 a tonne". */
  CARBON(null),
  /** "$1,299". */
  PRICE(null);

  final String[] values;

  /** Word count of each value, so rendering never rescans text. */
  final int[] valueWords;

  Slot(String[] values) {
    this.values = values;
    this.valueWords = values == null ? null : new int[values.length];
    for (int i = 0; values != null && i < values.length; i++) {
      valueWords[i] = Template.words(values[i]);
    }
  }
}
