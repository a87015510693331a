package com.newspulse.core.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cluster keys for a window's articles when the clustering also saw articles published before the
 * window (a re-post on Tuesday of Monday's wire story, found by the dedup look-back).
 *
 * <p>The earlier articles are already published and owned by earlier runs, so their rows never
 * change; a window article joins them instead. A component that holds earlier articles is named by
 * the smallest of their published keys ({@code coalesce(duplicate_cluster, article_id)}), so {@code
 * count(distinct coalesce(duplicate_cluster, article_id))} over any period counts the story once,
 * whichever run wrote each copy. A component of window articles only keeps its own id (the smallest
 * article id, {@link DuplicateClusters}).
 */
public final class EarlierClusters {
  private EarlierClusters() {}

  /**
   * @param clusterOf every clustered article, window and earlier, mapped to its component id
   * @param earlierKeys the earlier articles among them, mapped to their published key
   * @return the window articles (those not in {@code earlierKeys}) mapped to their cluster key,
   *     sorted by id
   */
  public static Map<String, String> keysForWindow(
      Map<String, String> clusterOf, Map<String, String> earlierKeys) {
    Map<String, String> componentKey = new HashMap<>();
    for (Map.Entry<String, String> e : earlierKeys.entrySet()) {
      String component = clusterOf.get(e.getKey());
      if (component == null) {
        continue; // an earlier article without a near-duplicate here: nothing to join
      }
      componentKey.merge(component, e.getValue(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : clusterOf.entrySet()) {
      if (!earlierKeys.containsKey(e.getKey())) {
        out.put(e.getKey(), componentKey.getOrDefault(e.getValue(), e.getValue()));
      }
    }
    return out;
  }
}
