package com.newspulse.core.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups documents connected by near-duplicate pairs (union-find) and names each group by the
 * lexicographically smallest id in it, so the cluster id does not depend on the order the pairs
 * arrive in (Spark partitions arrive in any order).
 *
 * <p>The smaller root always wins a union, so a root is the minimum of its component by
 * construction; paths are compressed on lookup. Not thread-safe: one instance per grouping job.
 */
public final class DuplicateClusters {

  private final Map<String, String> parent = new HashMap<>();

  /**
   * Records that {@code a} and {@code b} are near-duplicates (already past the Jaccard threshold).
   */
  public void add(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    int cmp = ra.compareTo(rb);
    if (cmp < 0) {
      parent.put(rb, ra);
    } else if (cmp > 0) {
      parent.put(ra, rb);
    }
  }

  /** Cluster id of {@code id}: itself when it was never paired. */
  public String clusterOf(String id) {
    return parent.containsKey(id) ? find(id) : id;
  }

  /** Every id seen in a pair mapped to its cluster id, sorted by id. */
  public Map<String, String> clusterIds() {
    Map<String, String> out = new TreeMap<>();
    for (String id : parent.keySet().toArray(new String[0])) {
      out.put(id, find(id));
    }
    return out;
  }

  /** Convenience: cluster ids for a list of pairs {@code {idA, idB}}. */
  public static Map<String, String> of(Iterable<String[]> pairs) {
    DuplicateClusters clusters = new DuplicateClusters();
    for (String[] pair : pairs) {
      if (pair.length != 2) {
        throw new IllegalArgumentException("a pair needs exactly 2 ids, got " + pair.length);
      }
      clusters.add(pair[0], pair[1]);
    }
    return clusters.clusterIds();
  }

  private String find(String id) {
    parent.putIfAbsent(id, id);
    String root = id;
    for (String p = parent.get(root); !p.equals(root); p = parent.get(root)) {
      root = p;
    }
    // compress: point every node on the path straight at the root
    String node = id;
    while (!node.equals(root)) {
      String next = parent.get(node);
      parent.put(node, root);
      node = next;
    }
    return root;
  }
}
