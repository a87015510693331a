package com.newspulse.core.eval;

import com.newspulse.core.text.Folding;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a gold name code ("james-baker", "de-clercq", "volcker") was found among predicted names:
 * some predicted name must contain every word of the code (folded, diacritics removed), so "James
 * A. Baker" finds "james-baker" while a bare "Baker" does not.
 */
public final class NameRecall {
  private NameRecall() {}

  public static boolean found(String goldCode, Collection<String> names) {
    Set<String> want = new HashSet<>(Arrays.asList(Folding.fold(goldCode).split("[-\\s]+")));
    for (String n : names) {
      if (n != null && words(n).containsAll(want)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String name) {
    return new HashSet<>(Arrays.asList(Folding.fold(name).split("[^\\p{L}\\p{N}]+")));
  }
}
