package dev.runbook.core.work;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs numbered tasks on a few threads, each thread taking the next number as soon as it is
 * done with one, so no thread waits while work is left. A parallel stream instead splits the
 * work into a few big runs up front; with two threads, the last run of 10,000 pages left one
 * core idle for half a second.
 */
public final class Workers {
  private Workers() {}

  /**
   * Runs {@code task} for every number from 0 to {@code count − 1} on {@code threads} threads,
   * the caller's among them, and returns when all are done. The first exception or error stops
   * the tasks not yet started and is thrown here, as it was thrown.
   *
   * @throws CancellationException when the caller is interrupted; the tasks not yet started are
   *     not run and the interrupt stays set
   */
  public static void forEach(int threads, int count, IntConsumer task) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread caller = Thread.currentThread();
    Runnable work = () -> {
      try {
        for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
          if (caller.isInterrupted()) {
            failure.compareAndSet(null, new CancellationException("interrupted"));
            return;
          }
          task.accept(i);
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
    Thread[] helpers = new Thread[Math.max(0, Math.min(threads, count) - 1)];
    for (int k = 0; k < helpers.length; k++) {
      helpers[k] = new Thread(work, "runbook-worker-" + (k + 1));
      helpers[k].setDaemon(true);
      helpers[k].start();
    }
    work.run();
    boolean interrupted = false;
    for (Thread helper : helpers) {
      while (helper.isAlive()) {
        try {
          helper.join();
        } catch (InterruptedException e) {
          interrupted = true;
          failure.compareAndSet(null, new CancellationException("interrupted"));
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }
}
