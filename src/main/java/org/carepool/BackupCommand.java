package org.carepool;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.carepool.db.Database;
import org.carepool.ops.Backups;
import org.carepool.ops.ControlFile;

/**
 * {@code backup --out DIR} and {@code restore DIR}. A backup while the server runs must be made by the
 * server, which holds the store: the command finds it through the control file it wrote in the data
 * folder and asks it ({@code POST /api/backups}); with no server answering it opens the store itself.
 */
final class BackupCommand {
  private final Map<String, String> env;
  private final PrintStream out;

  BackupCommand(Map<String, String> env, PrintStream out) {
    this.env = env;
    this.out = out;
  }

  int backup(CommandLine line) {
    Path target = Path.of(line.value("--out", "DIR")).toAbsolutePath();
    line.noMore();
    Settings settings = Settings.fromEnvironment(env);
    Optional<String> byServer = ControlFile.read(settings.dataDir()).flatMap(server -> askServer(server, target));
    if (byServer.isPresent()) {
      out.println("backup made by the running server in " + byServer.get());
      return 0;
    }
    try (Carepool carepool = Carepool.open(settings, Clock.systemDefaultZone())) {
      Backups.Made made = carepool.backups().make(target);
      out.println("backup made in " + made.folder() + " (the store and " + made.packFiles() + " pack file(s))");
      return 0;
    }
  }

  int restore(CommandLine line) {
    Path from = Path.of(line.positional("restore DIR"));
    line.noMore();
    Settings settings = Settings.fromEnvironment(env);
    if (!settings.dbUrl().equals(Database.embeddedUrl(settings.dataDir()))) {
      throw new UsageError("restore fills the embedded store of CAREPOOL_DATA; with CAREPOOL_DB_URL set,"
          + " restore with your database's own tools (see the README)");
    }
    Backups.restore(from, settings.dataDir());
    out.println("restored " + from.toAbsolutePath() + " into " + settings.dataDir().toAbsolutePath()
        + "; start the server with: java -jar carepool.jar serve");
    return 0;
  }

  /** The folder the server wrote the backup to; empty when no server answers (then the store is free). */
  private static Optional<String> askServer(ControlFile.Server server, Path target) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/backups?out="
            + URLEncoder.encode(target.toString(), StandardCharsets.UTF_8)))
        .header("Authorization", "Bearer " + server.token()).timeout(Duration.ofHours(2))
        .POST(HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<String> response;
    try {
      response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
          .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException notRunning) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the server made the backup");
    }
    if (response.statusCode() != 201) {
      throw new IllegalStateException("the running server did not make the backup (HTTP " + response.statusCode() + "): "
          + response.body());
    }
    try {
      return Optional.of(new ObjectMapper().readTree(response.body()).get("folder").asText());
    } catch (IOException e) {
      throw new IllegalStateException("the running server's answer was not understood: " + response.body(), e);
    }
  }
}
