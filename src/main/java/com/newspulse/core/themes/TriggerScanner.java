package com.newspulse.core.themes;

import com.newspulse.core.text.Sentence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, in one pass over a text, which sentences contain a string of each {@link PatternTriggers
 * trigger} set, and where the strings of anchor sets start (Aho-Corasick over {@link
 * PatternTriggers#fold folded} chars). Immutable and thread-safe once built.
 */
final class TriggerScanner {

  private final int setCount;
  private final boolean[] anchor;

  /**
   * Any text char to its automaton symbol: the folded char's, 0 for chars no trigger uses, or
   * {@link #surrogateSymbol} for surrogates (which behaves like 0).
   */
  private final byte[] symbolOf;

  private final int surrogateSymbol;

  /** Symbols rounded up to a power of two: rows of {@link #delta} are {@code 1 << shift} wide. */
  private final int shift;

  /**
   * Complete transition table: {@code delta[state << shift | symbol]} is the next state, with the
   * sign bit set when that state ends trigger occurrences or the symbol is {@link
   * #surrogateSymbol}.
   */
  private final int[] delta;

  /** Per state, the trigger occurrences ending there: lengths and set ids (parallel), or null. */
  private final int[][] outLength;

  private final int[][] outSet;

  /** Per text, what {@link #scan} found. */
  static final class Scan {
    /** Words per sentence bit set. */
    final int words;

    /**
     * Per set: bit {@code k} of {@code present[set * words + (k >>> 6)]} when sentence {@code k}
     * has one.
     */
    final long[] present;

    /** Bit {@code k} of word {@code k >>> 6} when sentence {@code k} contains a surrogate char. */
    final long[] surrogates;

    /**
     * Per anchor set: ascending start offsets of its occurrences inside sentences (first {@code
     * counts}).
     */
    final int[][] starts;

    final int[] counts;

    Scan(int sets, int sentences) {
      words = (sentences + 63) >>> 6;
      present = new long[sets * words];
      surrogates = new long[words];
      starts = new int[sets][];
      counts = new int[sets];
    }

    boolean has(int set, int sentence) {
      return (present[set * words + (sentence >>> 6)] & (1L << sentence)) != 0;
    }

    boolean hasSurrogate(int sentence) {
      return (surrogates[sentence >>> 6] & (1L << sentence)) != 0;
    }
  }

  /**
   * {@code sets.get(i)} is trigger set {@code i}, its strings non-empty folded printable ASCII;
   * {@code anchor[i]} asks for the start offsets of its occurrences.
   */
  TriggerScanner(List<Set<String>> sets, boolean[] anchor) {
    setCount = sets.size();
    this.anchor = anchor.clone();
    Map<String, List<Integer>> setsOf = new LinkedHashMap<>();
    for (int i = 0; i < sets.size(); i++) {
      for (String s : sets.get(i)) {
        setsOf.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
      }
    }
    int[] symbolOfAscii = new int[128];
    int next = 1;
    for (String s : setsOf.keySet()) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("empty trigger");
      }
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c >= 128 || PatternTriggers.fold(c) != c) {
          throw new IllegalArgumentException("trigger not folded printable ASCII: " + s);
        }
        if (symbolOfAscii[c] == 0) {
          symbolOfAscii[c] = next++;
        }
      }
    }
    surrogateSymbol = next;
    int symbols = next + 1;
    if (symbols > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("too many distinct trigger chars: " + symbols);
    }
    shift = 32 - Integer.numberOfLeadingZeros(symbols - 1);
    symbolOf = new byte[65536];
    for (int c = 0; c < 65536; c++) {
      symbolOf[c] =
          (byte)
              (Character.isSurrogate((char) c)
                  ? surrogateSymbol
                  : symbolOfAscii[PatternTriggers.fold((char) c)]);
    }
    // Trie.
    List<int[]> go = new ArrayList<>();
    List<List<int[]>> out = new ArrayList<>(); // {length, set}
    go.add(new int[symbols]);
    out.add(new ArrayList<>());
    for (Map.Entry<String, List<Integer>> e : setsOf.entrySet()) {
      String s = e.getKey();
      int state = 0;
      for (int k = 0; k < s.length(); k++) {
        int sym = symbolOfAscii[s.charAt(k)];
        if (go.get(state)[sym] == 0) {
          go.get(state)[sym] = go.size();
          go.add(new int[symbols]);
          out.add(new ArrayList<>());
        }
        state = go.get(state)[sym];
      }
      for (int set : e.getValue()) {
        out.get(state).add(new int[] {s.length(), set});
      }
    }
    // Failure links, breadth first, turning the trie into a complete automaton.
    int n = go.size();
    int[] fail = new int[n];
    int[] gotoFn = new int[n * symbols]; // plain goto function with failures resolved
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int sym = 0; sym < symbols; sym++) {
      int child = go.get(0)[sym];
      gotoFn[sym] = child;
      if (child != 0) {
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      out.get(state).addAll(out.get(fail[state]));
      for (int sym = 0; sym < symbols; sym++) {
        int child = go.get(state)[sym];
        if (child != 0) {
          fail[child] = gotoFn[fail[state] * symbols + sym];
          gotoFn[state * symbols + sym] = child;
          queue.add(child);
        } else {
          gotoFn[state * symbols + sym] = gotoFn[fail[state] * symbols + sym];
        }
      }
    }
    delta = new int[n << shift];
    for (int state = 0; state < n; state++) {
      for (int sym = 0; sym < symbols; sym++) {
        int target = gotoFn[state * symbols + sym];
        boolean flag = !out.get(target).isEmpty() || sym == surrogateSymbol;
        delta[state << shift | sym] = target | (flag ? Integer.MIN_VALUE : 0);
      }
    }
    outLength = new int[n][];
    outSet = new int[n][];
    for (int s = 0; s < n; s++) {
      List<int[]> o = out.get(s);
      if (!o.isEmpty()) {
        outLength[s] = o.stream().mapToInt(x -> x[0]).toArray();
        outSet[s] = o.stream().mapToInt(x -> x[1]).toArray();
      }
    }
  }

  int setCount() {
    return setCount;
  }

  /**
   * Scans {@code text}: only occurrences lying entirely inside one sentence count. Sentences are
   * identified by their position in {@code sentences}. Returns null when the sentences are not
   * ordered, disjoint spans of {@code text}; then nothing can be ruled out.
   */
  Scan scan(String text, List<Sentence> sentences) {
    int len = text.length();
    int count = sentences.size();
    int[] starts = new int[count];
    int[] ends = new int[count];
    int previousEnd = 0;
    for (int k = 0; k < count; k++) {
      Sentence s = sentences.get(k);
      if (s.start() < previousEnd || s.end() < s.start() || s.end() > len) {
        return null;
      }
      starts[k] = s.start();
      ends[k] = s.end();
      previousEnd = s.end();
    }
    Scan scan = new Scan(setCount, count);
    int words = scan.words;
    long[] present = scan.present;
    byte[] symbolOf = this.symbolOf;
    int[] delta = this.delta;
    int shift = this.shift;
    int state = 0;
    int k = 0; // first sentence not ending at or before i
    for (int i = 0; i < len; i++) {
      int v = delta[state << shift | symbolOf[text.charAt(i)]];
      state = v & Integer.MAX_VALUE;
      if (v >= 0) {
        continue;
      }
      while (k < count && ends[k] <= i) {
        k++;
      }
      if (k == count || starts[k] > i) {
        continue; // between sentences
      }
      if (Character.isSurrogate(text.charAt(i))) {
        scan.surrogates[k >>> 6] |= 1L << k;
      }
      int[] lengths = outLength[state];
      if (lengths != null) {
        int[] sets = outSet[state];
        for (int o = 0; o < lengths.length; o++) {
          int start = i - lengths[o] + 1;
          if (start >= starts[k]) {
            int set = sets[o];
            present[set * words + (k >>> 6)] |= 1L << k;
            if (anchor[set]) {
              addStart(scan, set, start);
            }
          }
        }
      }
    }
    for (int set = 0; set < setCount; set++) {
      if (scan.counts[set] > 1) {
        Arrays.sort(scan.starts[set], 0, scan.counts[set]); // strings of several lengths
      }
    }
    return scan;
  }

  private static void addStart(Scan scan, int set, int start) {
    int[] a = scan.starts[set];
    int n = scan.counts[set];
    if (a == null) {
      a = new int[8];
      scan.starts[set] = a;
    } else if (n == a.length) {
      a = Arrays.copyOf(a, n * 2);
      scan.starts[set] = a;
    }
    a[n] = start;
    scan.counts[set] = n + 1;
  }
}
