package org.carepool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.demo.DemoStores;
import org.carepool.security.Role;

/**
 * The whole application as the composition root builds it, on a fresh in-memory store and a
 * random port, with one user per role: for tests that go through real HTTP.
 */
final class RunningCarepool implements AutoCloseable {
  static final String PASSWORD = "correct-horse";

  private final Carepool carepool;
  private final Carepool.Serving web;
  private final HttpClient http = HttpClient.newHttpClient();

  RunningCarepool(Path dataDir) {
    this(dataDir, Map.of());
  }

  /** With extra settings, e.g. CAREPOOL_SMTP_HOST and _PORT of an in-process mail server. */
  RunningCarepool(Path dataDir, Map<String, String> environment) {
    this(dataDir, environment, TestStores.freshUrl("app"), true);
  }

  private RunningCarepool(Path dataDir, Map<String, String> environment, String dbUrl, boolean makeUsers) {
    Map<String, String> env = new java.util.HashMap<>(environment);
    env.putIfAbsent("CAREPOOL_SCHEDULES", dataDir.resolve("schedules").toString());
    env.putIfAbsent("CAREPOOL_SCHEDULER_NAME", "test-" + UUID.randomUUID());
    Settings defaults = Settings.fromEnvironment(env);
    Settings settings = new Settings(0, dataDir, dbUrl, defaults.smtp(), defaults.packs(), defaults.network(),
        defaults.ops()).withPasswordCost(org.carepool.security.PasswordHasher.MINIMUM_COST);
    this.carepool = Carepool.open(settings, Clock.systemDefaultZone());
    if (makeUsers) {
      for (Role role : Role.values()) {
        carepool.users().save(role.name().toLowerCase(), role, PASSWORD.toCharArray());
      }
    }
    this.web = carepool.serve();
  }

  /**
   * On a fresh store holding that part of the demo data set (copied from the JVM's demo template, see
   * {@link DemoStores}), with one user per role.
   */
  static RunningCarepool onDemo(DemoStores.Part part) {
    return new RunningCarepool(tempDir(), Map.of(), DemoStores.freshUrl("app-demo", part), true);
  }

  /** On a new embedded store on disk in {@code dataDir}, with one user per role. */
  static RunningCarepool onNewStoreIn(Path dataDir, Map<String, String> environment) {
    return new RunningCarepool(dataDir, environment, Database.embeddedUrl(dataDir), true);
  }

  /** On the store at {@code dbUrl}, as it is (its users, schedules and runs). */
  static RunningCarepool onStoreAt(String dbUrl, Path dataDir, Map<String, String> environment) {
    return new RunningCarepool(dataDir, environment, dbUrl, false);
  }

  /** On the embedded store on disk in {@code dataDir}, as it is (its users, schedules and runs). */
  static RunningCarepool onStoreIn(Path dataDir, Map<String, String> environment) {
    return new RunningCarepool(dataDir, environment, Database.embeddedUrl(dataDir), false);
  }

  /** Loads CSV files or folders through the real importer. */
  RunningCarepool load(Path... paths) {
    carepool.importer().load(List.of(paths), "test", org.carepool.ingest.ImportProgress.none());
    return this;
  }

  /** Loads as the Data page, the API and the {@code import} command do (every load is audited). */
  RunningCarepool loadAudited(Path... paths) {
    return load(paths);
  }

  /** The server's parts, e.g. to stop the scheduler under a running web server. */
  Carepool.Serving serving() {
    return web;
  }

  static Path resource(String name) {
    try {
      return Path.of(RunningCarepool.class.getResource("/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  String base() {
    return "http://localhost:" + web.port();
  }

  HttpResponse<String> get(String path, String user) {
    return send(path, user, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path, String user) {
    return send(path, user, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A GET with the given headers and no sign-in, e.g. a bearer token. */
  HttpResponse<String> getWith(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(String method, String path, String user, String body) {
    return send(path, user, HttpResponse.BodyHandlers.ofString(), method, body);
  }

  private <T> HttpResponse<T> send(String path, String user, HttpResponse.BodyHandler<T> body) {
    return send(path, user, body, "GET", null);
  }

  private <T> HttpResponse<T> send(String path, String user, HttpResponse.BodyHandler<T> body, String method,
      String content) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
        .method(method, content == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(content));
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    try {
      return http.send(request.build(), body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    web.close();
    carepool.close();
  }

  static Path tempDir() {
    try {
      return Files.createTempDirectory("carepool-test");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
