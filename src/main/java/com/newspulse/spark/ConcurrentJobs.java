package com.newspulse.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent pieces of driver work (each one or more Spark jobs) a few at a time, and waits
 * for all of them.
 *
 * <p>Spark schedules jobs submitted from several driver threads side by side. Its threads' local
 * properties (job group, description, scheduler pool) are inherited by threads created here, which
 * are new for every call for that reason. Every piece runs to its end even when another fails, so
 * no write is left running behind a caller that has moved on; the first failure is rethrown, the
 * others attached to it as suppressed.
 */
public final class ConcurrentJobs {
  private ConcurrentJobs() {}

  /** Runs {@code work}, at most {@code limit} at a time (1: in order, on the calling thread). */
  public static void run(int limit, List<Runnable> work) {
    if (limit <= 1 || work.size() <= 1) {
      work.forEach(Runnable::run);
      return;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(limit, work.size()),
            r -> {
              Thread t = new Thread(r, "newspulse-write-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable w : work) {
        running.add(pool.submit(w));
      }
      Throwable first = null;
      // Waits for every piece (Spark jobs do not stop on a thread interrupt); an interrupt is kept
      // for the caller.
      boolean interrupted = false;
      for (Future<?> f : running) {
        Throwable failed = null;
        while (true) {
          try {
            f.get();
            break;
          } catch (ExecutionException e) {
            failed = e.getCause();
            break;
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (failed == null) {
          continue;
        }
        if (first == null) {
          first = failed;
        } else if (first != failed) {
          first.addSuppressed(failed);
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (first instanceof RuntimeException e) {
        throw e;
      }
      if (first instanceof Error e) {
        throw e;
      }
      if (first != null) {
        throw new IllegalStateException(first);
      }
    } finally {
      pool.shutdown();
    }
  }
}
