package dev.runbook.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to the background process (see {@link Frames} for its bytes): what to do and, for
 * a run, the caller's working folder, arguments, environment variables and terminals.
 */
record DaemonRequest(String kind, Path workingDir, List<String> args, Map<String, String> variables,
    boolean outTty, boolean errTty) {

  static final String RUN = "run";
  static final String STATUS = "status";
  static final String STOP = "stop";

  static DaemonRequest control(String kind) {
    return new DaemonRequest(kind, Path.of("/"), List.of(), Map.of(), false, false);
  }

  static DaemonRequest read(DataInputStream in) throws IOException {
    byte[] magic = new byte[Frames.MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, Frames.MAGIC)) {
      throw new IOException("not a runbook request");
    }
    String kind = Frames.readString(in);
    if (!RUN.equals(kind)) {
      return control(kind);
    }
    Path wd = Path.of(Frames.readString(in));
    if (!wd.isAbsolute()) {
      throw new IOException("the working folder must be absolute: " + wd);
    }
    boolean outTty = "1".equals(Frames.readString(in));
    boolean errTty = "1".equals(Frames.readString(in));
    List<String> args = Frames.readStrings(in, Frames.readCount(in));
    Map<String, String> variables = new LinkedHashMap<>();
    for (String entry : Frames.readStrings(in, Frames.readCount(in))) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        variables.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return new DaemonRequest(kind, wd, List.copyOf(args), variables, outTty, errTty);
  }

  void write(DataOutputStream out) throws IOException {
    out.write(Frames.MAGIC);
    Frames.writeString(out, kind);
    if (RUN.equals(kind)) {
      Frames.writeString(out, workingDir.toString());
      Frames.writeString(out, outTty ? "1" : "0");
      Frames.writeString(out, errTty ? "1" : "0");
      Frames.writeString(out, String.valueOf(args.size()));
      for (String a : args) {
        Frames.writeString(out, a);
      }
      Frames.writeString(out, String.valueOf(variables.size()));
      for (Map.Entry<String, String> e : variables.entrySet()) {
        Frames.writeString(out, e.getKey() + "=" + e.getValue());
      }
    }
    out.flush();
  }
}
