package dev.runbook.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script made from a picocli command tree (picocli writes bash only): the
 * subcommands with their descriptions, each command's options, the values of options that list
 * them, and file names where a command or option takes a path.
 */
final class FishCompletion {
  private FishCompletion() {}

  static String script(CommandSpec top) {
    String name = top.name();
    StringBuilder out = new StringBuilder()
        .append("# fish completion for ").append(name).append(", made by `").append(name).append(" completion fish`.\n")
        .append("# Install: ").append(name).append(" completion fish > ~/.config/fish/completions/").append(name).append(".fish\n")
        .append("complete -c ").append(name).append(" -f\n");
    for (CommandLine sub : top.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      out.append("complete -c ").append(name).append(" -n __fish_use_subcommand -a ").append(quote(spec.name()))
          .append(" -d ").append(quote(firstLine(spec.usageMessage().description()))).append('\n');
    }
    options(out, name, "__fish_use_subcommand", top);
    for (CommandLine sub : top.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      String when = quote("__fish_seen_subcommand_from " + spec.name());
      options(out, name, when, spec);
      for (PositionalParamSpec p : spec.positionalParameters()) {
        out.append("complete -c ").append(name).append(" -n ").append(when).append(values(p)).append('\n');
      }
    }
    return out.toString();
  }

  private static void options(StringBuilder out, String name, String when, CommandSpec spec) {
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      out.append("complete -c ").append(name).append(" -n ").append(when);
      for (String n : o.names()) {
        out.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
      }
      if (o.arity().max() > 0) {
        String values = values(o);
        out.append(values.equals(" -F") ? " -r -F" : " -x" + values);
      }
      out.append(" -d ").append(quote(firstLine(o.description()))).append('\n');
    }
  }

  /** What an option's or parameter's value completes to: its listed values, else files for a path. */
  private static String values(ArgSpec arg) {
    List<String> candidates = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(candidates::add);
    }
    if (!candidates.isEmpty()) {
      return " -a " + quote(String.join(" ", candidates));
    }
    Class<?> type = arg.type();
    boolean path = Path.class.isAssignableFrom(type) || File.class.isAssignableFrom(type)
        || (arg.auxiliaryTypes().length > 0 && Path.class.isAssignableFrom(arg.auxiliaryTypes()[0]));
    return path ? " -F" : "";
  }

  private static String firstLine(String[] description) {
    return description.length == 0 ? "" : description[0];
  }

  /** A fish single-quoted string. */
  static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
