package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.demo.DemoData;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: two carepool nodes (the packaged jar, each in a JVM of its own) on one PostgreSQL, with
 * 20 schedules due in the same minute. Quartz's clustered job store hands each fire to one node and
 * the run's unique key in the store stops a second delivery: every schedule's recipient receives
 * exactly one pack (counted in GreenMail), and both nodes answer {@code /health} with their names. The
 * nodes share one data folder, as the README asks (the pack archive on shared storage). A node killed
 * (destroyForcibly) while it renders a pack: the other recovers the fire (Quartz's cluster recovery),
 * takes the run over and mails the pack, once.
 */
@org.junit.jupiter.api.Tag("postgres-long")
class TwoNodesIT {
  private static final int SCHEDULES = 20;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir
  Path work;

  @Test
  void twenty_schedules_due_in_the_same_minute_mail_each_recipient_exactly_one_pack_across_two_nodes()
      throws Exception {
    String url = TestStores.postgresUrl("two-nodes");
    Path demo = work.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    try (Database db = Database.open(url)) {
      new Importer(db, Clock.systemUTC()).load(List.of(demo), "test", ImportProgress.none());
    }
    ZonedDateTime due = ZonedDateTime.now(LONDON).plusSeconds(75).truncatedTo(ChronoUnit.SECONDS);
    Path schedules = writeSchedules(work.resolve("schedules"), due);
    List<Process> nodes = new ArrayList<>();
    try {
      HttpClient http = HttpClient.newHttpClient();
      for (String node : List.of("node-a", "node-b")) {
        int port = freePort();
        nodes.add(start(node, port, url, schedules));
        assertEquals(node, health(http, port, node), "/health names the node that answered");
      }
      long wait = Duration.between(ZonedDateTime.now(LONDON), due).plusMinutes(3).toMillis();
      assertTrue(mail.waitForIncomingEmail(wait, SCHEDULES), "packs received: " + mail.getReceivedMessages().length);
      Thread.sleep(10_000); // a second delivery of any fire would arrive meanwhile
      Map<String, Integer> perRecipient = new TreeMap<>();
      for (MimeMessage message : mail.getReceivedMessages()) {
        perRecipient.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
      }
      assertEquals(SCHEDULES, perRecipient.size(), "every schedule's board was mailed: " + perRecipient);
      perRecipient.forEach((to, count) -> assertEquals(1, count, to + " received " + count + " packs"));
    } finally {
      for (Process node : nodes) {
        node.destroy();
        node.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void a_node_killed_in_the_middle_of_a_pack_leaves_it_to_the_other_which_mails_it_once() throws Exception {
    String url = TestStores.postgresUrl("node-killed");
    Path demo = work.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    try (Database db = Database.open(url)) {
      new Importer(db, Clock.systemUTC()).load(List.of(demo), "test", ImportProgress.none());
    }
    ZonedDateTime due = ZonedDateTime.now(LONDON).plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    Path schedules = work.resolve("schedules");
    Files.createDirectories(schedules);
    Files.writeString(schedules.resolve("hwb.yaml"), String.join("\n", "board: HWB",
        "reports: [income-expenditure, performance, spend-mapping]", "formats: [pdf]",
        "cron: \"" + cron(due) + "\"", "recipients: [hwb-board@westshire.example]", ""));
    Map<String, Process> nodes = new TreeMap<>();
    try {
      HttpClient http = HttpClient.newHttpClient();
      for (String node : List.of("node-a", "node-b")) {
        int port = freePort();
        nodes.put(node, start(node, port, url, schedules));
        health(http, port, node);
      }
      String rendering = awaitRenderStart(nodes.keySet(), Duration.between(ZonedDateTime.now(LONDON), due).plusMinutes(2));
      nodes.get(rendering).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      String survivor = rendering.equals("node-a") ? "node-b" : "node-a";

      assertTrue(mail.waitForIncomingEmail(240_000, 1), "the other node did not deliver the pack: "
          + Files.readString(work.resolve(survivor + ".log")));
      Thread.sleep(15_000); // a second delivery would arrive meanwhile
      assertEquals(1, mail.getReceivedMessages().length, "the pack was mailed once");
      String survivorLog = Files.readString(work.resolve(survivor + ".log"));
      assertTrue(survivorLog.contains("taken over from stopped instance"), "the survivor took the run over: " + survivorLog);
      assertTrue(survivorLog.contains("DELIVERED"), survivorLog);
    } finally {
      for (Process node : nodes.values()) {
        node.destroy();
        node.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** The node whose log first says it started rendering the run (PackRunner's "Run 1: schedule …"). */
  private String awaitRenderStart(java.util.Set<String> nodes, Duration wait) throws Exception {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      for (String node : nodes) {
        if (Files.readString(work.resolve(node + ".log")).contains("Run 1: schedule hwb fire")) {
          return node;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no node started the run");
  }

  private static String cron(ZonedDateTime due) {
    return due.getSecond() + " " + due.getMinute() + " " + due.getHour() + " " + due.getDayOfMonth() + " "
        + due.getMonthValue() + " ?";
  }

  private static Path writeSchedules(Path folder, ZonedDateTime due) throws IOException {
    Files.createDirectories(folder);
    String cron = cron(due);
    for (int i = 1; i <= SCHEDULES; i++) {
      Files.writeString(folder.resolve("board-" + i + ".yaml"), String.join("\n", "board: HWB",
          "reports: [income-expenditure]", "formats: [pdf]", "cron: \"" + cron + "\"",
          "recipients: [board-" + i + "@westshire.example]", ""));
    }
    return folder;
  }

  private Process start(String node, int port, String url, Path schedules) throws IOException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
        "-jar", Path.of("target/carepool.jar").toAbsolutePath().toString(), "serve");
    // one data folder for both, as on shared storage: a pack archived by one node is mailed by whichever
    // node's sender takes it from the queue in the store
    Path data = work.resolve("shared-data");
    Files.createDirectories(data);
    ProcessBuilder builder = new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
        .redirectOutput(work.resolve(node + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("CAREPOOL_DATA", data.toString());
    env.put("CAREPOOL_PORT", Integer.toString(port));
    env.put("CAREPOOL_DB_URL", url);
    env.put("CAREPOOL_NODE", node);
    env.put("CAREPOOL_SCHEDULER_NAME", "two-nodes");
    env.put("CAREPOOL_SCHEDULES", schedules.toString());
    env.put("CAREPOOL_SMTP_HOST", "localhost");
    env.put("CAREPOOL_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()));
    env.put("CAREPOOL_RENDER_THREADS", "2");
    return builder.start();
  }

  private String health(HttpClient http, int port, String node) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return answer.body().replaceAll(".*\"node\":\"([^\"]*)\".*", "$1");
        }
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError(node + " did not answer /health: " + Files.readString(work.resolve(node + ".log")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
