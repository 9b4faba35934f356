package dev.runbook.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {
  @Test
  void runsEveryTaskOnceOnTheThreadsAsked() {
    for (int threads : new int[] {1, 2, 3, 8}) {
      for (int count : new int[] {0, 1, 2, 7, 1000}) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        Set<String> names = ConcurrentHashMap.newKeySet();
        Workers.forEach(threads, count, i -> {
          runs.incrementAndGet(i);
          names.add(Thread.currentThread().getName());
        });
        for (int i = 0; i < count; i++) {
          assertThat(runs.get(i)).as("task %d of %d on %d threads", i, count, threads).isEqualTo(1);
        }
        assertThat(names.size()).isLessThanOrEqualTo(Math.max(1, Math.min(threads, count)));
      }
    }
  }

  @Test
  void aSlowTaskDoesNotHoldTheOthersBack() throws Exception {
    // Task 0 waits until every other task ran: only a thread that takes the next task as soon as
    // it is free lets that happen (a static split would give task 0's thread a share to do after it).
    CountDownLatch others = new CountDownLatch(99);
    Workers.forEach(2, 100, i -> {
      if (i == 0) {
        try {
          assertThat(others.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      } else {
        others.countDown();
      }
    });
    assertThat(others.getCount()).isZero();
  }

  @Test
  void theFirstFailureStopsTheRestAndIsThrownAsItWas() {
    AtomicInteger ran = new AtomicInteger();
    UncheckedIOException boom = new UncheckedIOException("boom", new java.io.IOException("boom"));
    assertThatThrownBy(() -> Workers.forEach(2, 10_000, i -> {
      ran.incrementAndGet();
      if (i == 10) {
        throw boom;
      }
    })).isSameAs(boom);
    assertThat(ran.get()).isLessThan(10_000);
    assertThatThrownBy(() -> Workers.forEach(2, 10, i -> {
      throw new StackOverflowError("deep");
    })).isInstanceOf(StackOverflowError.class);
  }

  @Test
  void anInterruptedCallerStopsAndKeepsItsInterrupt() {
    Thread.currentThread().interrupt();
    try {
      AtomicInteger ran = new AtomicInteger();
      assertThatThrownBy(() -> Workers.forEach(2, 1_000_000, i -> {
        ran.incrementAndGet();
        Thread.onSpinWait();
      })).isInstanceOf(CancellationException.class);
      assertThat(ran.get()).isLessThan(1_000);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
