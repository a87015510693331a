package com.newspulse.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateClustersTest {

  @Test
  void clusterIdIsTheSmallestIdOfTheComponent() {
    Map<String, String> ids =
        DuplicateClusters.of(
            List.of(
                new String[] {"d", "c"},
                new String[] {"x", "y"},
                new String[] {"c", "b"},
                new String[] {"y", "d"}));
    assertThat(ids).isEqualTo(Map.of("b", "b", "c", "b", "d", "b", "x", "b", "y", "b"));
    assertThat(ids.keySet()).containsExactly("b", "c", "d", "x", "y");
  }

  @Test
  void resultDoesNotDependOnPairOrder() {
    List<String[]> pairs =
        List.of(
            new String[] {"a7", "a3"},
            new String[] {"a9", "a8"},
            new String[] {"a3", "a5"},
            new String[] {"a5", "a5"});
    Map<String, String> forward = DuplicateClusters.of(pairs);
    Map<String, String> backward =
        DuplicateClusters.of(List.of(pairs.get(3), pairs.get(2), pairs.get(1), pairs.get(0)));
    assertThat(forward)
        .isEqualTo(backward)
        .isEqualTo(Map.of("a3", "a3", "a5", "a3", "a7", "a3", "a8", "a8", "a9", "a8"));
  }

  @Test
  void unpairedIdIsItsOwnCluster() {
    DuplicateClusters clusters = new DuplicateClusters();
    clusters.add("n2", "n1");
    assertThat(clusters.clusterOf("n2")).isEqualTo("n1");
    assertThat(clusters.clusterOf("z")).isEqualTo("z");
    assertThat(clusters.clusterIds()).containsOnlyKeys("n1", "n2");
  }
}
