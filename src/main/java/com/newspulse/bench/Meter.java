package com.newspulse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Measures one piece of work: wall-clock seconds, process CPU seconds (all threads of the JVM, so
 * Spark's local executor threads and the GC count too) and the peak of used heap, sampled every 100
 * ms by a background daemon thread (plus once at the start and the end).
 */
final class Meter {
  static final long SAMPLE_MILLIS = 100;

  /** What the work returned and what it cost. */
  record Measured<T>(T value, double seconds, double cpuSeconds, long peakHeapBytes) {}

  private Meter() {}

  static <T> Measured<T> measure(Supplier<T> work) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "newspulse-bench-heap-sampler");
    sampler.setDaemon(true);
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    sampler.start();
    T value;
    try {
      value = work.get();
    } finally {
      sampler.interrupt();
    }
    long wall = System.nanoTime() - t0;
    long cpu = processCpuNanos() - cpu0;
    try {
      sampler.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    return new Measured<>(value, wall / 1e9, cpu < 0 ? Double.NaN : cpu / 1e9, peak.get());
  }

  /** CPU time of the whole process in ns, or a negative number where the JVM cannot tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
