package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/** What the command line changes is in the audit log, as the page's changes are: who ran it, from "command line". */
class CommandLineAuditTest {

  @Test
  void the_user_and_import_commands_record_who_ran_them_from_the_command_line() throws IOException {
    Path store = Files.createTempDirectory("carepool-cli-audit");
    Map<String, String> env = Map.of("CAREPOOL_DATA", store.toString());
    assertEquals(0, run(env, "mallory-password\n", "user", "mallory", "--role", "ADMIN"));
    assertEquals(0, run(env, "new-mallory-password\n", "user", "mallory", "--role", "VIEWER"));
    Path good = Files.writeString(store.resolve("localities.csv"), "code,name,partnership\nL1,North,Example place\n");
    assertEquals(0, run(env, "", "import", good.toString()));
    Path bad = Files.writeString(store.resolve("organisations.csv"), "code,name,kind\n,No code,NHS\n");
    assertEquals(1, run(env, "", "import", bad.toString()));

    try (Carepool carepool = Carepool.open(Settings.fromEnvironment(env), Clock.systemUTC())) {
      List<AuditEvent> events = carepool.audit().latest(100);
      String who = Audit.commandLineUser();
      assertTrue(events.stream().allMatch(e -> e.actor().equals(who) && e.address().equals("command line")), events.toString());
      assertEquals(List.of("IMPORT_REJECTED", "IMPORT_STARTED", "IMPORT_LOADED", "IMPORT_STARTED", "USER_SAVED",
          "USER_CREATED"),
          events.stream().map(AuditEvent::action).toList());
      assertTrue(events.get(5).detail().equals("mallory with role ADMIN"), events.get(5).detail());
      assertTrue(events.get(4).detail().startsWith("mallory with role VIEWER, password set"), events.get(4).detail());
      assertTrue(events.get(2).detail().startsWith("localities.csv (1 row, batch "), events.get(2).detail());
      assertEquals("organisations.csv", events.get(1).detail(), "the attempt, recorded as it started");
      assertTrue(events.get(0).detail().startsWith("organisations.csv: 2 problems; nothing was written"), events.get(0).detail());
    }
  }

  private static int run(Map<String, String> env, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = new Commands(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), print, print).run(args);
    System.out.print(out.toString(StandardCharsets.UTF_8));
    return status;
  }
}
