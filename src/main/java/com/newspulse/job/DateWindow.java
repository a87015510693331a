package com.newspulse.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An inclusive range of UTC days that a run owns: its data there is replaced, nothing else. */
public record DateWindow(LocalDate from, LocalDate to) {
  public DateWindow {
    if (from == null || to == null) {
      throw new IllegalArgumentException("window needs both ends, got " + from + " .. " + to);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window end " + to + " is before its start " + from);
    }
  }

  public List<LocalDate> days() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
