package dev.runbook.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format between the launcher's client and the background process. A request is the
 * magic {@code RBD1} then strings, each a 4-byte big-endian length and UTF-8 bytes:
 * {@code kind} ({@code run}, {@code status}, {@code stop}), and for {@code run} the working
 * folder, {@code 1}/{@code 0} for stdout and stderr being terminals, the number of arguments,
 * the arguments, the number of environment variables, each as {@code NAME=value}. The answer is
 * frames: a type byte, a 4-byte length and that many bytes: {@link #OUT} and {@link #ERR} carry
 * output bytes as written, {@link #EXIT} (last) the exit status as 4 bytes.
 */
final class Frames {
  static final byte[] MAGIC = {'R', 'B', 'D', '1'};
  static final int OUT = 1;
  static final int ERR = 2;
  static final int EXIT = 3;
  /** Longest string a request may hold; more is a protocol error. */
  static final int MAX_STRING = 1 << 20;
  static final int MAX_COUNT = 1 << 16;

  private Frames() {}

  static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_STRING) {
      throw new IOException("bad string length " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  static int readCount(DataInputStream in) throws IOException {
    int n = Integer.parseInt(readString(in));
    if (n < 0 || n > MAX_COUNT) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  static List<String> readStrings(DataInputStream in, int count) throws IOException {
    List<String> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(readString(in));
    }
    return list;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static void writeFrame(DataOutputStream out, int type, byte[] b, int off, int len) throws IOException {
    out.writeByte(type);
    out.writeInt(len);
    out.write(b, off, len);
  }
}
