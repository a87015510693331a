package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Independent pieces of driver work run side by side, all to their end, failures kept. */
class ConcurrentJobsTest {
  @Test
  void runsAtMostTheLimitAtOnceAndWaitsForAll() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Integer> done = Collections.synchronizedList(new ArrayList<>());
    List<Runnable> work = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      int id = i;
      work.add(
          () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(30);
            running.decrementAndGet();
            done.add(id);
          });
    }
    ConcurrentJobs.run(3, work);
    assertThat(done).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(most.get()).isEqualTo(3);
  }

  @Test
  void piecesOverlapWhenTheLimitAllows() throws Exception {
    // Two pieces that each wait for the other to start can only finish side by side.
    CountDownLatch both = new CountDownLatch(2);
    Runnable meet =
        () -> {
          both.countDown();
          try {
            assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        };
    ConcurrentJobs.run(2, List.of(meet, meet));
    assertThat(both.getCount()).isZero();
  }

  @Test
  void aLimitOfOneRunsInOrderOnTheCallingThread() {
    List<String> seen = new ArrayList<>();
    Thread caller = Thread.currentThread();
    ConcurrentJobs.run(
        1,
        List.of(
            () -> seen.add("a" + (Thread.currentThread() == caller)),
            () -> seen.add("b" + (Thread.currentThread() == caller))));
    assertThat(seen).containsExactly("atrue", "btrue");
  }

  @Test
  void everyPieceRunsToItsEndAndTheFirstFailureCarriesTheOthers() {
    Set<String> finished = ConcurrentHashMap.newKeySet();
    List<Runnable> work =
        List.of(
            () -> {
              throw new IllegalArgumentException("first");
            },
            () -> {
              sleep(50);
              finished.add("slow");
            },
            () -> {
              throw new IllegalStateException("second");
            },
            () -> finished.add("quick"));
    assertThatThrownBy(() -> ConcurrentJobs.run(4, work))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("first")
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .extracting(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
                    .containsExactly("IllegalStateException: second"));
    assertThat(finished).containsExactlyInAnyOrder("slow", "quick");
  }

  @Test
  void anErrorIsRethrownAsItIs() {
    assertThatThrownBy(
            () ->
                ConcurrentJobs.run(
                    2,
                    List.of(
                        () -> {
                          throw new OutOfMemoryError("heap");
                        },
                        () -> {})))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("heap");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
