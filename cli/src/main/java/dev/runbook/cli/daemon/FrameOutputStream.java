package dev.runbook.cli.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Output bytes of one stream (stdout or stderr) sent to the client as frames of {@code type};
 * both streams of a request share {@code wire}, so each frame is written whole.
 */
final class FrameOutputStream extends OutputStream {
  private final DataOutputStream wire;
  private final int type;
  private final AtomicBoolean sent;

  /** @param sent set once a frame of either stream went to the client */
  FrameOutputStream(DataOutputStream wire, int type, AtomicBoolean sent) {
    this.wire = wire;
    this.type = type;
    this.sent = sent;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    synchronized (wire) {
      sent.set(true);
      Frames.writeFrame(wire, type, b, off, len);
      wire.flush();
    }
  }
}
