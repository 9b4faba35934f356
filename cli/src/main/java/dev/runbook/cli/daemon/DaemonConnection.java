package dev.runbook.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client's request, run on this thread while a second one waits for the client to go away
 * (Ctrl-C ends the client, which closes the socket): then the run is interrupted.
 */
final class DaemonConnection {
  private final DaemonServer server;
  private final SocketChannel ch;
  private final Object lock = new Object();
  private boolean finished;

  DaemonConnection(DaemonServer server, SocketChannel ch) {
    this.server = server;
    this.ch = ch;
  }

  void serve() {
    try (ch) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(SocketStreams.input(ch)));
      DataOutputStream wire = new DataOutputStream(new BufferedOutputStream(SocketStreams.output(ch), 1 << 16));
      DaemonRequest request = DaemonRequest.read(in);
      switch (request.kind()) {
        case DaemonRequest.RUN -> run(request, wire);
        case DaemonRequest.STATUS -> answer(wire, server.status(), 0);
        case DaemonRequest.STOP -> {
          answer(wire, "runbook daemon: pid " + ProcessHandle.current().pid() + " stopped\n", 0);
          server.stop("asked to stop");
        }
        default -> answer(wire, "runbook daemon: unknown request '" + request.kind() + "'\n", 2);
      }
    } catch (IOException e) {
      // The client went away or sent something else; it runs the command itself or has ended.
    }
  }

  private void run(DaemonRequest request, DataOutputStream wire) throws IOException {
    if (!server.begin()) {
      return; // closing without a frame: the client falls back to running the command itself
    }
    Thread worker = Thread.currentThread();
    Thread watcher = DaemonServer.thread("runbook-daemon-hangup", () -> {
      ByteBuffer buf = ByteBuffer.allocate(64);
      try {
        while (ch.read(buf) >= 0) {
          buf.clear();
        }
      } catch (IOException e) {
        // closed: by us when done, or by the client
      }
      synchronized (lock) {
        if (!finished) {
          worker.interrupt();
        }
      }
    });
    watcher.start();
    int code;
    AtomicBoolean sent = new AtomicBoolean();
    try {
      PrintWriter out = writer(wire, Frames.OUT, sent);
      PrintWriter err = writer(wire, Frames.ERR, sent);
      try {
        code = server.command().run(request, out, err);
      } catch (OutOfMemoryError e) {
        // The heap is capped so that an idle process stays small and a 50,000-runbook build fits;
        // a bigger set runs out. Before any output the client runs the command itself (closing
        // without a frame says so); after, it is told how to.
        server.stop("out of memory");
        if (!sent.get()) {
          return;
        }
        err.println("runbook: the background process ran out of memory for this set: run the command again "
            + "with RUNBOOK_DAEMON=0 to run it in a JVM of its own");
        code = 3;
      } catch (StackOverflowError e) {
        err.println("runbook: internal error: " + e.getClass().getSimpleName());
        code = 3;
      }
      out.flush();
      err.flush();
    } finally {
      synchronized (lock) {
        finished = true;
        Thread.interrupted();
      }
      server.end();
    }
    synchronized (wire) {
      wire.writeByte(Frames.EXIT);
      wire.writeInt(4);
      wire.writeInt(code);
      wire.flush();
    }
  }

  private static PrintWriter writer(DataOutputStream wire, int type, AtomicBoolean sent) {
    // As Main.main's writers on System.out and System.err: UTF-8, flushed at each line.
    return new PrintWriter(new OutputStreamWriter(new FrameOutputStream(wire, type, sent), StandardCharsets.UTF_8),
        true);
  }

  private static void answer(DataOutputStream wire, String text, int code) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Frames.writeFrame(wire, Frames.OUT, b, 0, b.length);
    wire.writeByte(Frames.EXIT);
    wire.writeInt(4);
    wire.writeInt(code);
    wire.flush();
  }
}
