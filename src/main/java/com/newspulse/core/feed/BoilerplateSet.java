package com.newspulse.core.feed;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The boilerplate in force for a run: per source, the {@link BoilerplateKey keys} of the lines and
 * sentences found repeated across its articles ({@code source_boilerplate}). Shipped to executors.
 */
public final class BoilerplateSet implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final BoilerplateSet EMPTY = new BoilerplateSet(Set.of());

  private final Set<String> keys;

  private BoilerplateSet(Set<String> keys) {
    this.keys = keys;
  }

  public static BoilerplateSet empty() {
    return EMPTY;
  }

  public boolean contains(String source, String key) {
    return key != null && !keys.isEmpty() && keys.contains(entry(source, key));
  }

  public int size() {
    return keys.size();
  }

  private static String entry(String source, String key) {
    return (source == null ? "" : source) + '\u0001' + key;
  }

  /** Collects (source, key) pairs. */
  public static final class Builder {
    private final Set<String> keys = new HashSet<>();

    public Builder add(String source, String key) {
      keys.add(entry(source, key));
      return this;
    }

    public BoilerplateSet build() {
      return keys.isEmpty() ? EMPTY : new BoilerplateSet(Set.copyOf(keys));
    }
  }
}
