package com.newspulse.core.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is known about the texts a sub-pattern matches: either {@code exact}, the complete set of
 * them (folded), or, when that is null, {@code required} (see {@link RequiredStrings}); and {@code
 * maxLength}, the most chars a match can have ({@link #INF} when unbounded).
 */
record SubpatternInfo(Set<String> exact, List<RequiredStrings> required, int maxLength) {

  /**
   * Upper bound on the strings of an exact alternative set before it is turned into a requirement.
   */
  static final int MAX_EXACT = 64;

  /** Leads and lengths at or above this are "unbounded". */
  private static final int INF = 1 << 20;

  static final SubpatternInfo EMPTY = new SubpatternInfo(Set.of(""), List.of(), 0);

  /** One code point of unknown kind: up to two chars. */
  static final SubpatternInfo ANY_CHAR = new SubpatternInfo(null, List.of(), 2);

  static final SubpatternInfo UNBOUNDED = new SubpatternInfo(null, List.of(), INF);

  /** Adds leads or lengths, saturating at INF so that unbounded stays unbounded. */
  static int add(int a, int b) {
    return Math.min(INF, a + b);
  }

  static SubpatternInfo exactly(Set<String> strings) {
    return new SubpatternInfo(
        strings, List.of(), strings.stream().mapToInt(String::length).max().orElse(0));
  }

  /** As requirements: an exact set that can match the empty string requires nothing. */
  List<RequiredStrings> requirement() {
    if (exact == null) {
      return required;
    }
    return exact.contains("") ? List.of() : List.of(new RequiredStrings(exact, 0));
  }

  static SubpatternInfo either(List<SubpatternInfo> branches) {
    Set<String> union = new LinkedHashSet<>();
    int maxLength = 0;
    for (SubpatternInfo b : branches) {
      maxLength = Math.max(maxLength, b.maxLength);
      if (union != null && b.exact != null) {
        union.addAll(b.exact);
      } else {
        union = null;
      }
    }
    if (union != null && union.size() <= MAX_EXACT) {
      return new SubpatternInfo(union, List.of(), maxLength);
    }
    // Some branch matches each time, so one requirement of each branch, united, is required.
    Set<String> any = new LinkedHashSet<>();
    int lead = 0;
    for (SubpatternInfo b : branches) {
      RequiredStrings best = best(b.requirement());
      if (best == null) {
        return new SubpatternInfo(null, List.of(), maxLength);
      }
      any.addAll(best.strings());
      lead = Math.max(lead, best.lead());
    }
    return new SubpatternInfo(null, List.of(new RequiredStrings(any, lead)), maxLength);
  }

  /**
   * Concatenation: consecutive exact parts are multiplied out into one exact "run" ("of" rather
   * than "o" and "f"); a part that is not exact (or would make the run too large) ends the run,
   * which then becomes a requirement like the part's own. Leads add up the maximum lengths of
   * earlier parts.
   */
  static SubpatternInfo concat(List<SubpatternInfo> parts) {
    Set<String> run = Set.of("");
    int runStart = 0;
    int length = 0; // max length of the parts so far
    List<RequiredStrings> required = new ArrayList<>();
    boolean exact = true;
    for (SubpatternInfo part : parts) {
      if (part.exact() != null && run.size() * part.exact().size() <= MAX_EXACT) {
        run = product(run, part.exact());
        length = add(length, part.maxLength());
        continue;
      }
      exact = false;
      flush(run, runStart, required);
      if (part.exact() != null) {
        run = part.exact();
        runStart = length;
      } else {
        for (RequiredStrings r : part.requirement()) {
          required.add(new RequiredStrings(r.strings(), add(length, r.lead())));
        }
        run = Set.of("");
        runStart = add(length, part.maxLength());
      }
      length = add(length, part.maxLength());
    }
    if (exact) {
      return exactly(run);
    }
    flush(run, runStart, required);
    return new SubpatternInfo(null, required, length);
  }

  private static void flush(Set<String> run, int runStart, List<RequiredStrings> required) {
    if (!run.contains("")) {
      required.add(new RequiredStrings(run, runStart));
    }
  }

  private static Set<String> product(Set<String> a, Set<String> b) {
    Set<String> product = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        product.add(x + y);
      }
    }
    return product;
  }

  SubpatternInfo repeated(int min, int max) {
    if (min == 1 && max == 1) {
      return this;
    }
    int maxLength =
        max == Integer.MAX_VALUE
            ? (this.maxLength == 0 ? 0 : INF)
            : (int) Math.min(INF, (long) max * this.maxLength);
    if (min == 0) {
      if (max == 1 && exact != null) {
        Set<String> optional = new LinkedHashSet<>(exact);
        optional.add("");
        return new SubpatternInfo(optional, List.of(), maxLength);
      }
      return new SubpatternInfo(null, List.of(), maxLength);
    }
    // The first repetition starts where the whole does, so its requirements and leads hold.
    return new SubpatternInfo(null, requirement(), maxLength);
  }

  /**
   * Prefer a bounded lead (it can anchor), then the longest shortest string, then fewest strings.
   */
  private static RequiredStrings best(List<RequiredStrings> reqs) {
    RequiredStrings best = null;
    for (RequiredStrings r : reqs) {
      if (best == null || better(r, best)) {
        best = r;
      }
    }
    return best;
  }

  private static boolean better(RequiredStrings a, RequiredStrings b) {
    boolean boundedA = a.lead() <= PatternTriggers.MAX_ANCHOR_LEAD;
    boolean boundedB = b.lead() <= PatternTriggers.MAX_ANCHOR_LEAD;
    if (boundedA != boundedB) {
      return boundedA;
    }
    int la = PatternTriggers.minLength(a.strings());
    int lb = PatternTriggers.minLength(b.strings());
    return la != lb ? la > lb : a.strings().size() < b.strings().size();
  }
}
