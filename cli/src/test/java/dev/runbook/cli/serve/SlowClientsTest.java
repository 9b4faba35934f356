package dev.runbook.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runbook.core.preview.PageFindings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that send half a request, or never read the answer, over real sockets: others are still answered. */
class SlowClientsTest {
  @TempDir Path site;
  PreviewServer server;
  final List<Socket> sockets = new ArrayList<>();

  @BeforeEach
  void site() throws IOException {
    Files.writeString(site.resolve("index.html"), "<html><head></head><body>Home</body></html>");
  }

  @AfterEach
  void stop() {
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException e) {
        // Already gone.
      }
    }
    if (server != null) {
      server.close();
    }
  }

  void serve(Duration request, Duration response) throws IOException {
    server = PreviewServer.bind("127.0.0.1", 0, new PreviewServer.Timeouts(request, response));
    server.start(new PreviewServer.Source() {
      @Override
      public Path folder() {
        return site;
      }

      @Override
      public PageFindings findings(String page) {
        return new PageFindings(page, null, List.of(), List.of(), Map.of(), 0);
      }
    });
  }

  /** A connection that sends the start of a request line and then nothing. */
  Socket hanging() throws IOException {
    Socket s = new Socket("127.0.0.1", server.port());
    sockets.add(s);
    OutputStream out = s.getOutputStream();
    out.write("GET /ind".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return s;
  }

  String self() {
    return "127.0.0.1:" + server.port();
  }

  /** True once the server has closed the connection (end of stream or reset), waiting up to 15 s. */
  static boolean closedByServer(Socket s) throws IOException {
    s.setSoTimeout(15_000);
    try {
      return s.getInputStream().read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true;
    }
  }

  @Test
  void sixteenClientsStuckHalfwayThroughTheRequestLineDoNotHoldUpAPage() throws Exception {
    serve(Duration.ofSeconds(30), Duration.ofSeconds(30));
    for (int i = 0; i < 16; i++) {
      hanging();
    }
    // Far within the time the server gives a request to arrive: the page does not wait for that.
    RawHttp.Response page = RawHttp.get(server.port(), "/", self(), Duration.ofSeconds(3));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Home");
  }

  @Test
  void aClientStuckHalfwayThroughItsRequestIsCutOffAndTheThreadsServeOthersAfterwards() throws Exception {
    serve(Duration.ofSeconds(1), Duration.ofSeconds(5));
    List<Socket> stuck = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      stuck.add(hanging());
    }
    for (Socket s : stuck) {
      assertThat(closedByServer(s)).as("the server closed a stuck connection").isTrue();
    }
    // The threads those held are free again and carry nothing over from being cut off.
    for (int i = 0; i < 32; i++) {
      assertThat(RawHttp.get(server.port(), "/", self()).status()).isEqualTo(200);
    }
  }

  @Test
  void aClientThatNeverReadsALargeFileIsCutOff() throws Exception {
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(site.resolve("big.bin"))) {
      for (int i = 0; i < 16; i++) {
        out.write(block);
      }
    }
    // Only the response timeout can cut it off in time.
    serve(Duration.ofSeconds(30), Duration.ofSeconds(1));
    Socket s = new Socket();
    sockets.add(s);
    s.setReceiveBufferSize(4096);
    s.connect(new InetSocketAddress("127.0.0.1", server.port()));
    OutputStream out = s.getOutputStream();
    out.write(("GET /big.bin HTTP/1.1\r\nHost: " + self() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    // Without reading: once the server has given up, a write is refused (the connection is reset).
    boolean reset = false;
    for (int i = 0; i < 150 && !reset; i++) {
      Thread.sleep(100);
      try {
        out.write('\n');
        out.flush();
      } catch (SocketException e) {
        reset = true;
      }
    }
    assertThat(reset).as("the server gave up on a client that does not read").isTrue();
    assertThat(RawHttp.get(server.port(), "/", self()).status()).isEqualTo(200);
  }

  @Test
  void anOpenReloadChannelOutlivesBothTimeoutsAndStillHearsOfChanges() throws Exception {
    serve(Duration.ofSeconds(1), Duration.ofSeconds(1));
    Socket events = new Socket("127.0.0.1", server.port());
    sockets.add(events);
    events.setSoTimeout(10_000);
    OutputStream out = events.getOutputStream();
    out.write(("GET /__runbook/events HTTP/1.1\r\nHost: " + self() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    StringBuilder seen = new StringBuilder();
    readUntil(events, "retry: 500", seen);
    // A stuck client is cut off after the request timeout: by then the channel is older than both timeouts.
    assertThat(closedByServer(hanging())).isTrue();
    server.changed(List.of("index.html"), false);
    readUntil(events, "\"index.html\"", seen);
    assertThat(server.listeners()).isEqualTo(1);
  }

  private static void readUntil(Socket s, String what, StringBuilder seen) throws IOException {
    InputStream in = s.getInputStream();
    byte[] buf = new byte[4096];
    while (!seen.toString().contains(what)) {
      int n = in.read(buf);
      if (n < 0 || seen.length() > 100_000) {
        throw new AssertionError("no " + what + " on the connection; got " + seen);
      }
      seen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
    }
  }
}
