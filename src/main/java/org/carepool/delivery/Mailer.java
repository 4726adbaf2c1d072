package org.carepool.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
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

/** Sends email through SMTP (Angus Mail), one try at a time; the retry policy (bounded, exponential backoff) is in {@link Settings}. */
public final class Mailer {
  /**
   * @param maxAttempts  how many times a message is tried before delivery has failed
   * @param firstBackoff the pause after the first failure; it doubles after each further one
   */
  public record Settings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
      String from, int maxAttempts, Duration firstBackoff) {}

  /** A message to some recipients, with its attachments (none, one or more). */
  public record Mail(List<String> to, String subject, String body, List<Attachment> attachments) {
    public Mail {
      to = List.copyOf(to);
      attachments = List.copyOf(attachments);
    }
  }

  public record Attachment(String fileName, String contentType, byte[] content) {}

  private final Settings settings;

  public Mailer(Settings settings) {
    this.settings = settings;
  }

  /**
   * Tries the mail once; throws {@link DeliveryFailed} when the server refuses it or cannot be reached.
   * Retrying is the caller's: the pack mail queue waits between tries without holding a thread.
   */
  public void send(Mail mail) {
    String host = settings.host().orElseThrow(() -> new DeliveryFailed(1, "no SMTP server: CAREPOOL_SMTP_HOST is not set"));
    try {
      Transport.send(message(session(host), mail));
    } catch (MessagingException e) {
      throw new DeliveryFailed(1, "SMTP " + host + ":" + settings.port() + " refused or unreachable: " + e.getMessage());
    }
  }

  /** Empty when the mail server answers and accepts the sign-in; otherwise why not (for {@code /health/ready}). */
  public Optional<String> problem() {
    if (settings.host().isEmpty()) {
      return Optional.of("no SMTP server: CAREPOOL_SMTP_HOST is not set");
    }
    String host = settings.host().get();
    try (Transport smtp = session(host).getTransport("smtp")) {
      smtp.connect();
      return Optional.empty();
    } catch (MessagingException e) {
      return Optional.of("SMTP " + host + ":" + settings.port() + " unreachable or refusing: " + e.getMessage());
    }
  }

  /** How many tries a message gets before its delivery has failed. */
  public int maxAttempts() {
    return settings.maxAttempts();
  }

  /** The pause after the {@code failed}-th failed try: the first backoff, doubled after each further failure. */
  public Duration backoffAfter(int failed) {
    return settings.firstBackoff().multipliedBy(1L << Math.min(20, Math.max(0, failed - 1)));
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
      return Session.getInstance(p, new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
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
    for (Attachment attachment : mail.attachments()) {
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
      file.setFileName(attachment.fileName());
      parts.addBodyPart(file);
    }
    message.setContent(parts);
    return message;
  }
}
