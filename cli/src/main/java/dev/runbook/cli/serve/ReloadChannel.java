package dev.runbook.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import dev.runbook.core.site.data.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reload channel ({@code /__runbook/events}): Server-Sent Events telling open pages which
 * pages changed. Each event has an id; a page says which id it was served at ({@code since}, and
 * the browser's {@code Last-Event-ID} when it reconnects) and is sent what it missed, so a save
 * between serving a page and its connecting is not lost. A connection holds no thread: events are
 * written by whoever publishes them, and a comment every 15 seconds finds closed connections.
 * Thread-safe.
 */
final class ReloadChannel implements AutoCloseable {
  private static final int HISTORY = 64;

  private record Event(long id, String data) {
    String frame() {
      return "id: " + id + "\nevent: change\ndata: " + data + "\n\n";
    }
  }

  /** One open page. */
  private static final class Client {
    private final HttpExchange exchange;
    private final OutputStream out;

    Client(HttpExchange exchange) {
      this.exchange = exchange;
      this.out = exchange.getResponseBody();
    }

    synchronized void send(String frame) throws IOException {
      out.write(frame.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    void close() {
      exchange.close();
    }
  }

  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private final Deque<Event> history = new ArrayDeque<>();
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "runbook-serve-heartbeat");
    t.setDaemon(true);
    return t;
  });
  private long sequence;

  ReloadChannel() {
    heartbeat.scheduleAtFixedRate(() -> send(": ping\n\n"), 15, 15, TimeUnit.SECONDS);
  }

  /** The id of the last event: what a page served now has seen. */
  synchronized long sequence() {
    return sequence;
  }

  /** How many pages are listening. */
  int clients() {
    return clients.size();
  }

  /**
   * Answers an events request and keeps the connection: the headers, then what was published
   * after {@code since}.
   */
  synchronized void open(HttpExchange exchange, long since) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    Client client = new Client(exchange);
    StringBuilder hello = new StringBuilder("retry: 500\n\n");
    if (since >= 0 && since < sequence) {
      if (history.isEmpty() || history.peekFirst().id() > since + 1) {
        hello.append(new Event(sequence, data(List.of(), true)).frame());
      } else {
        history.stream().filter(e -> e.id() > since).forEach(e -> hello.append(e.frame()));
      }
    }
    client.send(hello.toString());
    clients.add(client);
  }

  /** Tells every open page that {@code pages} changed (all pages when {@code all}). */
  synchronized void publish(List<String> pages, boolean all) {
    Event e = new Event(++sequence, data(pages, all));
    history.addLast(e);
    if (history.size() > HISTORY) {
      history.removeFirst();
    }
    send(e.frame());
  }

  private static String data(List<String> pages, boolean all) {
    StringBuilder sb = new StringBuilder("{\"all\":").append(all).append(",\"pages\":[");
    for (int i = 0; i < pages.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(JsonText.quote(pages.get(i)));
    }
    return sb.append("]}").toString();
  }

  private void send(String frame) {
    for (Client c : clients) {
      try {
        c.send(frame);
      } catch (IOException | RuntimeException e) {
        clients.remove(c);
        c.close();
      }
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    for (Client c : clients) {
      c.close();
    }
    clients.clear();
  }
}
