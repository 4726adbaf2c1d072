package org.carepool.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends email through SMTP (Angus Mail), with bounded retries and exponential backoff. */
public final class Mailer {
  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  /**
   * @param maxAttempts  how many times a message is tried before delivery has failed
   * @param firstBackoff the pause after the first failure; it doubles after each further one
   */
  public record Settings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
      String from, int maxAttempts, Duration firstBackoff) {}

  /** A message to some recipients, with an attachment or none. */
  public record Mail(List<String> to, String subject, String body, Attachment attachment) {}

  public record Attachment(String fileName, String contentType, byte[] content) {}

  private final Settings settings;

  public Mailer(Settings settings) {
    this.settings = settings;
  }

  /** Sends the mail; answers how many attempts it took, or throws {@link DeliveryFailed} after the last. */
  public int send(Mail mail) {
    String host = settings.host().orElseThrow(() -> new DeliveryFailed(0, "no SMTP server: CAREPOOL_SMTP_HOST is not set"));
    Duration backoff = settings.firstBackoff();
    for (int attempt = 1; ; attempt++) {
      try {
        Transport.send(message(session(host), mail));
        return attempt;
      } catch (MessagingException e) {
        if (attempt >= settings.maxAttempts()) {
          throw new DeliveryFailed(attempt, "SMTP " + host + ":" + settings.port() + " refused or unreachable after "
              + attempt + " attempts: " + e.getMessage());
        }
        log.warn("Mail '{}' attempt {} of {} failed ({}); retrying in {} ms", mail.subject(), attempt,
            settings.maxAttempts(), e.getMessage(), backoff.toMillis());
        pause(backoff, attempt);
        backoff = backoff.multipliedBy(2);
      }
    }
  }

  private static void pause(Duration backoff, int attempt) {
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed(attempt, "interrupted while waiting to retry");
    }
  }

  private Session session(String host) {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", host);
    p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
    p.setProperty("mail.smtp.connectiontimeout", "10000");
    p.setProperty("mail.smtp.timeout", "30000");
    p.setProperty("mail.smtp.writetimeout", "30000");
    if (settings.user().isPresent()) {
      p.setProperty("mail.smtp.auth", "true");
      p.setProperty("mail.smtp.starttls.enable", "true");
      return Session.getInstance(p, new jakarta.mail.Authenticator() {
        @Override
        protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
          return new jakarta.mail.PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
        }
      });
    }
    return Session.getInstance(p);
  }

  private MimeMessage message(Session session, Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    for (String to : mail.to()) {
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
    }
    message.setSubject(mail.subject(), "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.body(), "UTF-8");
    MimeMultipart parts = new MimeMultipart(text);
    if (mail.attachment() != null) {
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment().content(),
          mail.attachment().contentType())));
      file.setFileName(mail.attachment().fileName());
      parts.addBodyPart(file);
    }
    message.setContent(parts);
    return message;
  }
}
