package dev.runbook.cli.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens an address in the user's browser with the operating system's own command. */
public final class Browser {
  private Browser() {}

  /** True when the command started; the browser itself may still fail. */
  public static boolean open(URI url) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command;
    if (os.contains("mac")) {
      command = List.of("open", url.toString());
    } else if (os.contains("win")) {
      command = List.of("rundll32", "url.dll,FileProtocolHandler", url.toString());
    } else {
      command = List.of("xdg-open", url.toString());
    }
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
