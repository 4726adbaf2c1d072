package org.carepool;

import java.util.ArrayList;
import java.util.List;

/** A tiny parser for this CLI's arguments: flags, --key value options, positionals. */
final class CommandLine {
  private final List<String> args;

  CommandLine(String[] args) {
    this.args = new ArrayList<>(List.of(args));
  }

  boolean flag(String name) {
    return args.remove(name);
  }

  String value(String name, String what) {
    int at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size()) {
      throw new UsageError(name + " " + what + " is required");
    }
    args.remove(at);
    return args.remove(at);
  }

  String optional(String name, String fallback) {
    return args.contains(name) ? value(name, "") : fallback;
  }

  String positional(String what) {
    if (args.isEmpty() || args.get(0).startsWith("--")) {
      throw new UsageError(what + ": missing");
    }
    return args.remove(0);
  }

  List<String> rest() {
    List<String> rest = List.copyOf(args);
    args.clear();
    return rest;
  }

  void noMore() {
    if (!args.isEmpty()) {
      throw new UsageError("unexpected argument(s): " + String.join(" ", args));
    }
  }
}
