package org.carepool.delivery;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the administrators that something they must act on went wrong (a pack that was not
 * delivered): by email to the configured admin addresses ({@code CAREPOOL_ADMIN_EMAILS}), and
 * always in the log, so a failure is never silent even without an address or a mail server. The
 * mail is tried once: the alert is often about the mail server itself, and retrying it would only
 * delay whatever raised it; the log line stands when it fails.
 */
public final class AdminNotifier {
  private static final Logger log = LoggerFactory.getLogger(AdminNotifier.class);

  private final Mailer mailer;
  private final List<String> adminAddresses;

  public AdminNotifier(Mailer mailer, List<String> adminAddresses) {
    this.mailer = mailer;
    this.adminAddresses = List.copyOf(adminAddresses);
  }

  public void alert(String subject, String body) {
    log.error("ADMIN ALERT: {} — {}", subject, body);
    if (adminAddresses.isEmpty()) {
      return;
    }
    try {
      mailer.send(new Mailer.Mail(adminAddresses, "[carepool] " + subject, body, List.of()));
    } catch (DeliveryFailed e) {
      log.error("ADMIN ALERT could not be emailed to {}: {}", adminAddresses, e.getMessage());
    }
  }
}
