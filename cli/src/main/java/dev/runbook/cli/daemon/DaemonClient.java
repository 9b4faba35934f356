package dev.runbook.cli.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Java's side of the client (the launcher's is {@code runbook-client.py}): {@code runbook daemon
 * status|stop} asks every background process in the folder, and tests send runs.
 */
public final class DaemonClient {
  private DaemonClient() {}

  /** The sockets of background processes in {@code folder}, by name. */
  public static List<Path> sockets(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> list = new ArrayList<>(files.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith("d-") && n.endsWith(".sock");
      }).sorted().toList());
      return list;
    }
  }

  /** Sends {@code status} or {@code stop} to the process on {@code socket}; what it answers. */
  public static String control(Path socket, String kind) throws IOException {
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    exchange(socket, DaemonRequest.control(kind), text, text);
    return text.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Runs {@code args} in the process on {@code socket} as a caller in {@code workingDir} with
   * {@code variables}, copying its output to {@code out} and {@code err}; the exit status.
   */
  public static int run(Path socket, Path workingDir, List<String> args, Map<String, String> variables,
      OutputStream out, OutputStream err) throws IOException {
    return exchange(socket, new DaemonRequest(DaemonRequest.RUN, workingDir, args, variables, false, false), out, err);
  }

  private static int exchange(Path socket, DaemonRequest request, OutputStream out, OutputStream err)
      throws IOException {
    try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.connect(UnixDomainSocketAddress.of(socket));
      DataOutputStream wire = new DataOutputStream(SocketStreams.output(ch));
      request.write(wire);
      DataInputStream in = new DataInputStream(new BufferedInputStream(SocketStreams.input(ch)));
      while (true) {
        int type;
        try {
          type = in.readUnsignedByte();
        } catch (EOFException e) {
          throw new IOException("the background process on " + socket + " closed the connection without an answer");
        }
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        if (type == Frames.EXIT) {
          return java.nio.ByteBuffer.wrap(b).getInt();
        }
        (type == Frames.ERR ? err : out).write(b);
      }
    }
  }
}
