package com.newspulse.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EarlierClustersTest {

  @Test
  void aRepostJoinsTheEarlierStoryAndTheEarlierRowIsNotReturned() {
    // m9 was published yesterday without a copy (key m9); w1 is today's re-post of it.
    Map<String, String> clusterOf =
        DuplicateClusters.of(List.<String[]>of(new String[] {"w1", "m9"}));
    assertThat(EarlierClusters.keysForWindow(clusterOf, Map.of("m9", "m9")))
        .isEqualTo(Map.of("w1", "m9"));
  }

  @Test
  void theEarlierPublishedClusterNameWinsOverASmallerIdOfTheWindow() {
    // Yesterday m5 and m7 were one cluster named m5; today a0 and b0 copy m7: all of them count as
    // m5.
    Map<String, String> clusterOf =
        DuplicateClusters.of(List.of(new String[] {"a0", "m7"}, new String[] {"b0", "a0"}));
    assertThat(clusterOf.get("a0")).isEqualTo("a0");
    assertThat(EarlierClusters.keysForWindow(clusterOf, Map.of("m7", "m5")))
        .isEqualTo(Map.of("a0", "m5", "b0", "m5"));
  }

  @Test
  void twoEarlierStoriesBridgedTodayTakeTheSmallerKeyAndWindowOnlyClustersKeepTheirId() {
    Map<String, String> clusterOf =
        DuplicateClusters.of(
            List.of(
                new String[] {"w2", "p3"}, new String[] {"w2", "q8"}, new String[] {"x1", "x2"}));
    Map<String, String> keys =
        EarlierClusters.keysForWindow(clusterOf, Map.of("p3", "p1", "q8", "q8", "r4", "r4"));
    assertThat(keys).isEqualTo(Map.of("w2", "p1", "x1", "x1", "x2", "x1"));
    assertThat(keys.keySet()).containsExactly("w2", "x1", "x2");
  }

  @Test
  void withoutEarlierArticlesTheClustersAreUnchanged() {
    Map<String, String> clusterOf =
        DuplicateClusters.of(List.<String[]>of(new String[] {"b", "a"}));
    assertThat(EarlierClusters.keysForWindow(clusterOf, Map.of())).isEqualTo(clusterOf);
  }
}
