package com.newspulse.core.dedup;

import com.newspulse.core.text.Folding;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Word-shingle MinHash signatures for near-duplicate detection (Broder 1997), with LSH banding.
 *
 * <p>Text is {@link Folding#fold folded} and split into word tokens (runs of letters and digits, so
 * punctuation and spacing differences do not matter); shingles are {@code k} consecutive words. A
 * text with fewer than {@code k} words is one shingle of all its words. Each shingle is hashed once
 * with 64-bit FNV-1a, and hash function {@code i} is {@code fmix64(h ^ seed[i])} (MurmurHash3's
 * finaliser), with seeds drawn from {@code new SplittableRandom(42)}: signatures are identical
 * across JVMs and runs, so they can be stored and compared between batches.
 *
 * <p>A text without any word gets the empty signature {@code long[0]}: it yields no band keys and
 * an estimated Jaccard of 0 with everything, so empty bodies never cluster together.
 *
 * <p>Defaults: {@code k = 5} words (short enough that a few edited words leave most shingles
 * intact, long enough that shared boilerplate phrases do not make unrelated articles similar), 64
 * hashes (standard error of the Jaccard estimate about {@code sqrt(J(1-J)/64)}, 0.06 at J = 0.5),
 * and {@link #DEFAULT_BANDS} 16 bands of 4 rows. The banding S-curve {@code 1 - (1 - J^4)^16}
 * crosses 0.5 near {@code (1/16)^(1/4) = 0.5}, and a pair with J = 0.7 shares a band with
 * probability 0.99 (J = 0.8: 0.9998) while J = 0.2 pairs do with probability 0.03: candidates are
 * then confirmed with {@link #estimateJaccard} at the real threshold, so the banding favours
 * recall.
 *
 * <p>Stateless after construction, thread-safe, serializable for Spark.
 */
public final class MinHasher implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_SHINGLE = 5;
  public static final int DEFAULT_HASHES = 64;
  public static final int DEFAULT_BANDS = 16;
  private static final long SEED = 42;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final int shingleSize;
  private final long[] seeds;

  public MinHasher() {
    this(DEFAULT_SHINGLE, DEFAULT_HASHES);
  }

  public MinHasher(int shingleSize, int numHashes) {
    if (shingleSize < 1) {
      throw new IllegalArgumentException("shingleSize must be >= 1, got " + shingleSize);
    }
    if (numHashes < 1) {
      throw new IllegalArgumentException("numHashes must be >= 1, got " + numHashes);
    }
    this.shingleSize = shingleSize;
    SplittableRandom random = new SplittableRandom(SEED);
    this.seeds = new long[numHashes];
    for (int i = 0; i < numHashes; i++) {
      seeds[i] = random.nextLong();
    }
  }

  public int shingleSize() {
    return shingleSize;
  }

  public int numHashes() {
    return seeds.length;
  }

  /** MinHash signature of {@code text}; {@code long[0]} when it has no word (or is null). */
  public long[] signature(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = Math.max(1, words.size() - shingleSize + 1);
    int width = Math.min(shingleSize, words.size());
    for (int s = 0; s < shingles; s++) {
      long h = FNV_OFFSET;
      for (int w = s; w < s + width; w++) {
        if (w > s) {
          h = fnv(h, ' ');
        }
        String word = words.get(w);
        for (int c = 0; c < word.length(); c++) {
          h = fnv(h, word.charAt(c));
        }
      }
      for (int i = 0; i < seeds.length; i++) {
        long v = fmix64(h ^ seeds[i]);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /**
   * Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle
   * sets. 0 when either signature is empty; signatures of different lengths are rejected.
   */
  public static double estimateJaccard(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0.0;
    }
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "signatures differ in length: "
              + a.length
              + " vs "
              + b.length
              + " (different numHashes?)");
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  /** Largest chance of losing a true pair that {@link #minSharedBands} accepts. */
  public static final double MAX_MISS_RATE = 0.01;

  /**
   * How many LSH bands a candidate pair must share before its signatures are compared: 2 when a
   * pair exactly at {@code threshold} shares fewer than 2 of {@code bands} bands with probability
   * at most {@link #MAX_MISS_RATE}, else 1. A band of r = hashes/bands rows matches with
   * probability p = J^r, so the count of shared bands is Binomial(bands, p). At the default (J 0.8,
   * 16 bands of 4) a true pair shares fewer than 2 with probability 0.26%, while pairs of unrelated
   * texts that collide on one band by chance (most candidates in large corpora) are dropped before
   * the costly signature comparison.
   */
  public static int minSharedBands(double threshold, int hashes, int bands) {
    double p = Math.pow(threshold, (double) hashes / bands);
    double below2 = Math.pow(1 - p, bands) + bands * p * Math.pow(1 - p, bands - 1);
    return below2 <= MAX_MISS_RATE ? 2 : 1;
  }

  private static final java.util.HexFormat HEX = java.util.HexFormat.of();

  /**
   * LSH band keys {@code "b<band>:<16 hex digits>"}, one per band of {@code sig.length / bands}
   * rows; two signatures are candidates when they share any key. Empty for the empty signature.
   */
  public static List<String> bandKeys(long[] sig, int bands) {
    if (bands < 1) {
      throw new IllegalArgumentException("bands must be >= 1, got " + bands);
    }
    if (sig.length == 0) {
      return List.of();
    }
    if (sig.length % bands != 0) {
      throw new IllegalArgumentException(
          "bands ("
              + bands
              + ") must divide the signature length ("
              + sig.length
              + ") exactly, so that every band has the same number of rows");
    }
    int rows = sig.length / bands;
    List<String> keys = new ArrayList<>(bands);
    for (int band = 0; band < bands; band++) {
      long h = FNV_OFFSET ^ band;
      for (int r = band * rows; r < (band + 1) * rows; r++) {
        h = fmix64(h * FNV_PRIME ^ sig[r]);
      }
      // "b<band>:<16 hex digits>", as String.format("b%d:%016x") wrote it, without its parser (a
      // tenth of ingest's CPU on RSS 2022, JFR).
      keys.add("b" + band + ":" + HEX.toHexDigits(h));
    }
    return List.copyOf(keys);
  }

  /** Folded word tokens (letter/digit runs). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String s = Folding.fold(text);
    int i = 0;
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(s.codePointAt(j))) {
        j += Character.charCount(s.codePointAt(j));
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  private static long fnv(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  /**
   * MurmurHash3 64-bit finaliser: full avalanche, so seeded variants behave as independent hashes.
   */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
