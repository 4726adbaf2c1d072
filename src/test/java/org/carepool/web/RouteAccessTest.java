package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.carepool.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks the real route table. Every route must be in {@link #EXPECTED} with the same rule, and
 * every route is called with no sign-in and as each role: through a signed-in session with its
 * CSRF token (as the browser does), and with HTTP Basic (accepted on {@code /api} and {@code /metrics} only); every
 * state-changing route must refuse a session without the token. All problems are collected and
 * reported together. A route added without a rule, or with a rule that differs from this table,
 * fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTest {
  static final Map<String, Access> EXPECTED = new TreeMap<>(Map.ofEntries(
      Map.entry("GET /health", Access.PUBLIC),
      Map.entry("GET /health/ready", Access.PUBLIC),
      Map.entry("GET /metrics", Access.METRICS),
      Map.entry("GET /assets/carepool.css", Access.PUBLIC),
      Map.entry("GET /assets/carepool.js", Access.PUBLIC),
      Map.entry("GET /assets/schedules.js", Access.PUBLIC),
      Map.entry("GET /sign-in", Access.PUBLIC),
      Map.entry("POST /sign-in", Access.PUBLIC),
      Map.entry("POST /sign-out", Access.VIEWER),
      Map.entry("GET /", Access.VIEWER),
      Map.entry("GET /arrangements/{code}", Access.VIEWER),
      Map.entry("GET /reports", Access.VIEWER),
      Map.entry("GET /reports/file", Access.VIEWER),
      Map.entry("POST /reports/close", Access.ANALYST),
      Map.entry("GET /data", Access.ANALYST),
      Map.entry("POST /data", Access.ANALYST),
      Map.entry("GET /users", Access.ADMIN),
      Map.entry("POST /users", Access.ADMIN),
      Map.entry("POST /users/{name}/role", Access.ADMIN),
      Map.entry("POST /users/{name}/password", Access.ADMIN),
      Map.entry("POST /users/{name}/enabled", Access.ADMIN),
      Map.entry("GET /audit", Access.ADMIN),
      Map.entry("GET /schedules", Access.VIEWER),
      Map.entry("POST /schedules", Access.ADMIN),
      Map.entry("POST /schedules/{id}/pause", Access.ADMIN),
      Map.entry("POST /schedules/{id}/resume", Access.ADMIN),
      Map.entry("POST /schedules/{id}/run", Access.ADMIN),
      Map.entry("POST /schedules/{id}/delete", Access.ADMIN),
      Map.entry("GET /schedules/{id}/runs", Access.VIEWER),
      Map.entry("GET /packs", Access.VIEWER),
      Map.entry("GET /packs/link/{token}", Access.PUBLIC),
      Map.entry("GET /api/arrangements", Access.VIEWER),
      Map.entry("GET /api/arrangements/{code}/income-expenditure", Access.VIEWER),
      Map.entry("GET /api/arrangements/{code}/closes", Access.VIEWER),
      Map.entry("POST /api/arrangements/{code}/closes", Access.ANALYST),
      Map.entry("POST /api/arrangements/{code}/closes/{month}/reopen", Access.ADMIN),
      Map.entry("PUT /api/arrangements/{code}/commentary", Access.ANALYST),
      Map.entry("GET /api/arrangements/{code}/performance", Access.VIEWER),
      Map.entry("GET /api/boards/{code}/mapping", Access.VIEWER),
      Map.entry("GET /api/schedules", Access.VIEWER),
      Map.entry("POST /api/schedules", Access.ADMIN),
      Map.entry("GET /api/schedules/cron-preview", Access.ADMIN),
      Map.entry("GET /api/schedules/{id}", Access.VIEWER),
      Map.entry("PUT /api/schedules/{id}", Access.ADMIN),
      Map.entry("DELETE /api/schedules/{id}", Access.ADMIN),
      Map.entry("POST /api/schedules/{id}/pause", Access.ADMIN),
      Map.entry("POST /api/schedules/{id}/resume", Access.ADMIN),
      Map.entry("POST /api/schedules/{id}/run", Access.ADMIN),
      Map.entry("GET /api/schedules/{id}/runs", Access.VIEWER),
      Map.entry("GET /api/packs", Access.VIEWER),
      Map.entry("GET /api/packs/{id}", Access.VIEWER),
      Map.entry("GET /api/reports/{report}", Access.VIEWER),
      Map.entry("POST /api/imports", Access.ANALYST),
      Map.entry("GET /api/imports/progress/{id}", Access.PUBLIC), // answers only the credential that sent the upload
      Map.entry("GET /api/audit", Access.ADMIN),
      Map.entry("POST /api/backups", Access.CONTROL)));

  /** Path parameters filled so that a call changes nothing (an unknown user, a known report). */
  private static final Map<String, String> SAMPLE = Map.of("{name}", "no-such-user", "{report}", "income-expenditure",
      "{code}", "LB1", "{id}", "404", "{token}", "no-such-token", "{month}", "2025-09");

  private final WebFixture fixture = new WebFixture();

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void every_route_declares_exactly_the_access_rule_in_the_expected_table() {
    Map<String, Access> actual = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (ParsedEndpoint parsed : fixture.server.javalin().unsafe.internalRouter.allHttpHandlers()) {
      Endpoint endpoint = parsed.endpoint;
      if (!endpoint.method.isHttpMethod()) {
        continue; // before/after filters: they are not routes
      }
      String route = endpoint.method.name() + " " + endpoint.path;
      Roles roles = endpoint.metadata(Roles.class);
      Set<?> declared = roles == null ? Set.of() : roles.getRoles();
      if (declared.size() != 1 || !(declared.iterator().next() instanceof Access access)) {
        problems.add(route + ": declares " + declared + ", expected exactly one Access rule");
        continue;
      }
      actual.put(route, access);
    }
    EXPECTED.forEach((route, rule) -> {
      if (!actual.containsKey(route) && problems.stream().noneMatch(p -> p.startsWith(route + ":"))) {
        problems.add(route + ": expected (" + rule + ") but not in the route table");
      } else if (actual.containsKey(route) && actual.get(route) != rule) {
        problems.add(route + ": declares " + actual.get(route) + ", expected " + rule);
      }
    });
    actual.keySet().stream().filter(r -> !EXPECTED.containsKey(r))
        .forEach(r -> problems.add(r + ": not in RouteAccessTest.EXPECTED; add it with its rule"));
    if (!problems.isEmpty()) {
      fail(problems.size() + " route problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void every_route_answers_each_role_and_no_sign_in_as_its_rule_says_through_a_browser_session_with_the_csrf_token() {
    List<String> problems = new ArrayList<>();
    Map<Role, Client> sessions = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      sessions.put(role, signedIn(role));
    }
    for (Map.Entry<String, Access> route : EXPECTED.entrySet()) {
      String method = route.getKey().split(" ")[0];
      String path = samplePath(route.getKey().split(" ")[1]);
      check(problems, route.getKey() + " without sign-in", route.getValue() == Access.PUBLIC,
          call(new Client(fixture.base()), method, path, null));
      for (Role role : Role.values()) {
        // Signing out ends the session: that route gets a session of its own.
        Client session = route.getKey().equals("POST /sign-out") ? signedIn(role) : sessions.get(role);
        check(problems, route.getKey() + " as " + role + " (session)", route.getValue().allows(role),
            call(session, method, path, session.csrf()));
      }
    }
    report(problems);
  }

  @Test
  void every_api_route_answers_http_basic_as_its_rule_says_and_no_page_route_accepts_it() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Access> route : EXPECTED.entrySet()) {
      String method = route.getKey().split(" ")[0];
      String path = samplePath(route.getKey().split(" ")[1]);
      boolean api = path.startsWith("/api/") || path.equals("/metrics");
      for (Role role : Role.values()) {
        String[] basic = {"Authorization", Client.basic(role.name().toLowerCase(), role.name().toLowerCase() + "-password")};
        boolean allowed = route.getValue() == Access.PUBLIC || (api && route.getValue().allows(role));
        check(problems, route.getKey() + " as " + role + " (HTTP Basic)", allowed,
            call(new Client(fixture.base()), method, path, null, basic));
      }
    }
    report(problems);
  }

  @Test
  void every_state_changing_route_refuses_a_session_without_the_csrf_token() {
    List<String> problems = new ArrayList<>();
    Client admin = signedIn(Role.ADMIN);
    for (Map.Entry<String, Access> route : EXPECTED.entrySet()) {
      String method = route.getKey().split(" ")[0];
      if (method.equals("GET") || route.getValue() == Access.PUBLIC) {
        continue;
      }
      HttpResponse<String> response = call(admin, method, samplePath(route.getKey().split(" ")[1]), null);
      if (response.statusCode() != 403) {
        problems.add(route.getKey() + " with a session and no CSRF token: expected 403, got " + response.statusCode());
      }
    }
    report(problems);
  }

  @Test
  void a_route_registered_without_a_rule_is_refused_to_everyone() {
    Guard guard = new Guard(fixture.signIns);
    io.javalin.Javalin app = io.javalin.Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.beforeMatched(guard::check);
      config.routes.get("/forgotten", ctx -> ctx.result("should never be served"));
    }).start(0);
    try {
      Client client = new Client("http://localhost:" + app.port());
      assertEquals(403, client.get("/forgotten").statusCode());
      assertEquals(403, client.get("/forgotten", "Authorization", Client.basic("admin", "admin-password")).statusCode());
    } finally {
      app.stop();
    }
  }

  private static void check(List<String> problems, String what, boolean allowed, HttpResponse<String> response) {
    int status = response.statusCode();
    boolean refused = status == 401 || status == 403
        || (status == 303 && response.headers().firstValue("Location").orElse("").startsWith("/sign-in?next="));
    if (allowed == refused) {
      problems.add(what + ": expected " + (allowed ? "to be let through" : "to be refused") + ", got " + status);
    } else if (status >= 500) {
      problems.add(what + ": let through but answered " + status);
    }
  }

  private Client signedIn(Role role) {
    Client client = new Client(fixture.base());
    String name = role.name().toLowerCase();
    assertEquals(303, client.signIn(name, name + "-password").statusCode());
    return client;
  }

  /** A call as a browser (with a CSRF token) or a script (with headers) would make it, with an empty form. */
  private static HttpResponse<String> call(Client client, String method, String path, String csrf, String... headers) {
    String[] all = csrf == null ? headers : java.util.stream.Stream.concat(java.util.Arrays.stream(headers),
        java.util.stream.Stream.of("X-CSRF-Token", csrf)).toArray(String[]::new);
    return method.equals("GET") ? client.get(path, all)
        : client.send(method, path, "application/x-www-form-urlencoded", new byte[0], all);
  }

  private static void report(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(problems.size() + " access problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  private static String samplePath(String path) {
    String filled = path;
    for (Map.Entry<String, String> sample : SAMPLE.entrySet()) {
      filled = filled.replace(sample.getKey(), sample.getValue());
    }
    return filled;
  }
}
