package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Behind a trusted reverse proxy (here: the test itself, from 127.0.0.1), the client's address and
 * scheme come from X-Forwarded-For and X-Forwarded-Proto: the audit log and the throttle see the
 * real client, and cookies are Secure when the client came over https. (Without a trusted proxy
 * those headers are ignored: {@link SignInTest}.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyTest {
  private final WebFixture fixture = new WebFixture(new WebServer.Network(false, Set.of("127.0.0.1", "::1")));

  @AfterAll
  void stop() {
    fixture.close();
  }

  @Test
  void the_audit_log_records_the_client_address_the_trusted_proxy_forwards() {
    Client client = new Client(fixture.base());
    client.signIn("viewer", "viewer-password");
    HttpResponse<String> out = client.postForm("/sign-out", java.util.Map.of("csrf", client.csrf()),
        "X-Forwarded-For", "198.51.100.23, 127.0.0.1");
    assertEquals(303, out.statusCode());
    assertTrue(fixture.auditEvents().stream().anyMatch(e -> e.action().equals("SIGN_OUT") && e.address().equals("198.51.100.23")),
        fixture.auditEvents().toString());
  }

  @Test
  void the_throttle_counts_failures_per_forwarded_client_not_per_proxy() {
    Client client = new Client(fixture.base());
    for (int i = 0; i < 20; i++) {
      assertEquals(401, client.get("/api/arrangements", "Authorization", Client.basic("nobody" + i, "guess"),
          "X-Forwarded-For", "203.0.113.7").statusCode());
    }
    assertEquals(429, client.get("/api/arrangements", "Authorization", Client.basic("viewer", "viewer-password"),
        "X-Forwarded-For", "203.0.113.7").statusCode(), "the guessing client is locked out");
    assertEquals(200, client.get("/api/arrangements", "Authorization", Client.basic("viewer", "viewer-password"),
        "X-Forwarded-For", "203.0.113.8").statusCode(), "everyone else behind the same proxy is not");
  }

  @Test
  void cookies_are_secure_when_the_trusted_proxy_says_the_client_came_over_https() {
    Client client = new Client(fixture.base());
    String overHttps = client.get("/sign-in", "X-Forwarded-Proto", "https").headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(overHttps.contains("Secure"), overHttps);
    String overHttp = client.get("/sign-in", "X-Forwarded-Proto", "http").headers().firstValue("Set-Cookie").orElseThrow();
    assertFalse(overHttp.contains("Secure"), overHttp);
  }

  @Test
  void with_an_https_public_address_every_cookie_is_secure_even_on_a_plain_connection() {
    Cookies cookies = new Cookies(new Forwarded(new WebServer.Network(true, Set.of())));
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/", ctx -> cookies.set(ctx, Cookies.SESSION, "token", -1));
    }).start(0);
    try {
      String cookie = new Client("http://localhost:" + app.port()).get("/").headers().firstValue("Set-Cookie").orElseThrow();
      assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    } finally {
      app.stop();
    }
  }

  @Test
  void ipv6_spellings_of_one_proxy_address_are_the_same_address() {
    assertEquals(WebServer.Network.normalise("::1"), WebServer.Network.normalise("[0:0:0:0:0:0:0:1]"));
    assertEquals("10.0.0.5", WebServer.Network.normalise(" 10.0.0.5 "));
  }
}
