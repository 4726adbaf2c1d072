package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CAREPOOL_PUBLIC_URL and CAREPOOL_TRUSTED_PROXIES, read and checked at start-up. */
class NetworkSettingsTest {

  @Test
  void an_https_public_address_means_users_come_only_over_tls() {
    assertTrue(Settings.fromEnvironment(Map.of("CAREPOOL_PUBLIC_URL", "https://carepool.example.nhs.uk")).network().httpsOnly());
    assertFalse(Settings.fromEnvironment(Map.of("CAREPOOL_PUBLIC_URL", "http://carepool.local:7070")).network().httpsOnly());
    assertFalse(Settings.fromEnvironment(Map.of()).network().httpsOnly());
  }

  @Test
  void trusted_proxies_are_ip_addresses_and_anything_else_is_refused_naming_the_setting() {
    assertEquals(List.of("10.0.0.5", "::1"),
        Settings.fromEnvironment(Map.of("CAREPOOL_TRUSTED_PROXIES", " 10.0.0.5, ::1 ")).network().trustedProxies());
    assertEquals(List.of(), Settings.fromEnvironment(Map.of()).network().trustedProxies());
    UsageError refused = assertThrows(UsageError.class,
        () -> Settings.fromEnvironment(Map.of("CAREPOOL_TRUSTED_PROXIES", "proxy.example.org")));
    assertTrue(refused.getMessage().startsWith("CAREPOOL_TRUSTED_PROXIES: 'proxy.example.org' is not an IP address"),
        refused.getMessage());
  }
}
