package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each test gets its own store: failures are counted per address, and all tests come from 127.0.0.1. */
class ThrottleTest {

  @Test
  void five_failed_sign_ins_lock_the_name_for_fifteen_minutes_even_with_the_right_password() {
    try (WebFixture fixture = new WebFixture()) {
      Client client = new Client(fixture.base());
      for (int i = 0; i < 5; i++) {
        assertEquals(401, client.signIn("analyst", "guess-" + i).statusCode());
      }
      var locked = client.signIn("analyst", "analyst-password");
      assertEquals(429, locked.statusCode());
      assertTrue(locked.body().contains("Too many failed sign-ins"));
      assertTrue(fixture.audited("SIGN_IN_LOCKED", "analyst"));
      assertEquals(303, client.signIn("viewer", "viewer-password").statusCode(), "other names are not locked");
      fixture.clock.advance(Duration.ofMinutes(16));
      assertEquals(303, client.signIn("analyst", "analyst-password").statusCode());
    }
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
