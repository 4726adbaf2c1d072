package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each test gets its own store: failures are counted per address, and all tests come from 127.0.0.1. */
class ThrottleTest {

  @Test
  void five_failed_sign_ins_lock_the_name_for_fifteen_minutes_even_with_the_right_password_audited_once_per_lock() {
    try (WebFixture fixture = new WebFixture()) {
      Client client = new Client(fixture.base());
      for (int i = 0; i < 5; i++) {
        assertEquals(401, client.signIn("analyst", "guess-" + i).statusCode());
      }
      var locked = client.signIn("analyst", "analyst-password");
      assertEquals(429, locked.statusCode());
      assertTrue(locked.body().contains("Too many failed sign-ins"));
      assertTrue(locked.body().contains("value=\"analyst\""), "the name typed is kept");
      for (int i = 0; i < 8; i++) {
        assertEquals(429, client.signIn("analyst", "guess-again-" + i).statusCode());
        assertEquals(429, client.get("/api/arrangements", "Authorization", Client.basic("analyst", "guess")).statusCode());
      }
      assertEquals(1, locks(fixture), "refused tries are audited once per lock, not once each");
      assertEquals(303, client.signIn("viewer", "viewer-password").statusCode(), "other names are not locked");
      fixture.clock.advance(Duration.ofMinutes(16));
      assertEquals(303, client.signIn("analyst", "analyst-password").statusCode());
      for (int i = 0; i < 5; i++) {
        client.signIn("analyst", "second-guess-" + i);
      }
      assertEquals(429, client.signIn("analyst", "analyst-password").statusCode());
      assertEquals(2, locks(fixture), "a new lock gets its own line");
    }
  }

  @Test
  void a_successful_sign_in_forgets_the_names_earlier_failures() {
    try (WebFixture fixture = new WebFixture()) {
      Client client = new Client(fixture.base());
      for (int i = 0; i < 4; i++) {
        assertEquals(401, client.signIn("analyst", "guess-" + i).statusCode());
      }
      assertEquals(200, client.get("/api/arrangements", "Authorization", Client.basic("analyst", "analyst-password"))
          .statusCode(), "HTTP Basic with the right password, one failure short of the lock");
      for (int i = 0; i < 4; i++) {
        assertEquals(401, client.signIn("analyst", "again-" + i).statusCode());
      }
      assertEquals(303, client.signIn("analyst", "analyst-password").statusCode(),
          "eight failures in all, but only four since the success");
    }
  }

  private static long locks(WebFixture fixture) {
    return fixture.auditEvents().stream().filter(e -> e.action().equals("SIGN_IN_LOCKED")).count();
  }

  @Test
  void twenty_failures_from_one_address_lock_every_name_from_it() {
    try (WebFixture fixture = new WebFixture()) {
      Client client = new Client(fixture.base());
      for (int i = 0; i < 20; i++) {
        client.signIn("nobody" + i, "guess");
      }
      assertEquals(429, client.signIn("viewer", "viewer-password").statusCode());
    }
  }

  @Test
  void http_basic_guesses_are_throttled_too() {
    try (WebFixture fixture = new WebFixture()) {
      Client script = new Client(fixture.base());
      for (int i = 0; i < 5; i++) {
        assertEquals(401, script.get("/api/arrangements", "Authorization", Client.basic("admin", "guess" + i)).statusCode());
      }
      var locked = script.get("/api/arrangements", "Authorization", Client.basic("admin", "admin-password"));
      assertEquals(429, locked.statusCode());
      assertTrue(locked.body().startsWith("{"), locked.body());
    }
  }
}
