package com.newspulse.core.amounts;

/** What an {@link Amount} measures. */
public enum AmountKind {
  /** A sum of money in one currency. */
  MONEY,
  /** A percentage such as "20%" or "20 per cent" (never "percentage points"). */
  PERCENT
}
