package dev.runbook.cli.serve;

import com.sun.net.httpserver.Filter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the HTTP server runs its exchanges on, and a watch that interrupts an exchange
 * that takes too long: one whose request line and headers have not arrived within the request
 * limit, or whose handler (writing the response included) has not finished within the response
 * limit. The JDK's server reads a request with a blocking read on the exchange's thread, so a
 * client that sends half a request holds that thread until the client goes; interrupting a thread
 * blocked on a socket channel closes the channel, which frees it. The JDK's own limit ({@code
 * sun.net.httpserver.maxReqTime}) is one system property read once per JVM, hence this.
 *
 * <p>Exchanges never wait for a thread while fewer than the maximum run, and are queued (never
 * refused, never run on the server's own thread) beyond it. An exchange that has been answered and
 * left open (the reload channel) holds no thread and is not watched. Thread-safe.
 */
final class ExchangeWatchdog implements Executor, AutoCloseable {
  private enum Phase { READING, HANDLING, EXPIRED, DONE }

  private final Duration request;
  private final Duration response;
  private final ThreadPoolExecutor pool;
  private final ScheduledThreadPoolExecutor alarms;
  private final ThreadLocal<Watched> current = new ThreadLocal<>();

  /**
   * @param name the threads' name prefix
   * @param threads how many exchanges may run at once
   * @param request how long a client has to send its request line and headers
   * @param response how long a handler may take, writing its response included
   */
  ExchangeWatchdog(String name, int threads, Duration request, Duration response) {
    this.request = request;
    this.response = response;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        daemon(() -> name + "-" + n.incrementAndGet()));
    pool.allowCoreThreadTimeOut(true);
    this.alarms = new ScheduledThreadPoolExecutor(1, daemon(() -> name + "-watchdog"));
    alarms.setRemoveOnCancelPolicy(true);
  }

  private static ThreadFactory daemon(java.util.function.Supplier<String> name) {
    return r -> {
      Thread t = new Thread(r, name.get());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void execute(Runnable exchange) {
    pool.execute(new Watched(exchange));
  }

  /** A filter for the server's contexts: the request has been read, the response limit starts. */
  Filter requestRead() {
    return Filter.beforeHandler("the request has been read", ex -> {
      Watched w = current.get();
      if (w != null) {
        w.handling();
      }
    });
  }

  /** Stops the threads (interrupting running exchanges) and the watch. */
  @Override
  public void close() {
    pool.shutdownNow();
    alarms.shutdownNow();
  }

  /** One exchange on its thread. The phase changes, and the thread is interrupted, under its lock. */
  private final class Watched implements Runnable {
    private final Runnable exchange;
    private Thread thread;
    private Phase phase = Phase.READING;
    private Future<?> alarm = CompletableFuture.completedFuture(null);

    Watched(Runnable exchange) {
      this.exchange = exchange;
    }

    @Override
    public void run() {
      synchronized (this) {
        thread = Thread.currentThread();
        alarm = alarm(Phase.READING, request);
      }
      current.set(this);
      try {
        exchange.run();
      } finally {
        current.remove();
        synchronized (this) {
          phase = Phase.DONE;
          alarm.cancel(false);
        }
        // Interrupted after its last blocking call: the flag is this exchange's, not the next one's.
        Thread.interrupted();
      }
    }

    synchronized void handling() {
      if (phase == Phase.READING) {
        alarm.cancel(false);
        phase = Phase.HANDLING;
        alarm = alarm(Phase.HANDLING, response);
      }
    }

    private Future<?> alarm(Phase in, Duration after) {
      try {
        return alarms.schedule(() -> expire(in), after.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException closing) {
        return CompletableFuture.completedFuture(null);
      }
    }

    private synchronized void expire(Phase in) {
      if (phase == in) {
        phase = Phase.EXPIRED;
        thread.interrupt();
      }
    }
  }
}
