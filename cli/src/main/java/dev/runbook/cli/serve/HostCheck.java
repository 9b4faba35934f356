package dev.runbook.cli.serve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which {@code Host} and {@code Origin} headers the server answers: this machine's names and
 * addresses, the host it was bound to, and IP addresses when it listens on all of them — never
 * another name, so a web page cannot reach the server by pointing its own domain at 127.0.0.1
 * (DNS rebinding). The port must be the server's. Immutable.
 */
final class HostCheck {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Set<String> names;
  private final boolean anyAddress;
  private final int port;

  /** @param bound the host the server listens on, as the user gave it */
  HostCheck(String bound, int port) {
    String b = bound.toLowerCase(Locale.ROOT);
    this.anyAddress = b.equals("0.0.0.0") || b.equals("::") || b.equals("[::]");
    Set<String> known = new java.util.HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
    known.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
    this.names = Set.copyOf(known);
    this.port = port;
  }

  /** True for a {@code Host} header naming this server. */
  boolean allowsHost(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    String name = h;
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) {
      name = h.substring(0, colon);
      String p = h.substring(colon + 1);
      if (!p.equals(String.valueOf(port))) {
        return false;
      }
    } else if (port != 80) {
      return false;
    }
    return names.contains(name) || (anyAddress && (IPV4.matcher(name).matches() || name.startsWith("[")));
  }

  /** True when there is no {@code Origin} header, or it is this server's own address. */
  boolean allowsOrigin(String origin) {
    if (origin == null) {
      return true;
    }
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.startsWith("http://") && !o.substring(7).contains("/") && allowsHost(o.substring(7));
  }
}
