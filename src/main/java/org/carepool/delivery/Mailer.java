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
      String from, int maxAttempts, Duration firstBackoff, Duration timeout) {

    /**
     * How long the relay may take over each step: RFC 5321 §4.5.3.2 gives servers minutes (10 for the
     * answer to DATA), and a busy relay uses them; 30 s made a slow relay receive every attempt.
     */
    public static final Duration RELAY_TIMEOUT = Duration.ofMinutes(5);

    public Settings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
        String from, int maxAttempts, Duration firstBackoff) {
      this(host, port, user, password, from, maxAttempts, firstBackoff, RELAY_TIMEOUT);
    }
  }

  /**
   * A message to some recipients, with its attachments (none, one or more). {@code messageKey}, when
   * given, makes the Message-ID: the same key on every attempt, so a receiver that got an attempt the
   * relay accepted but carepool never heard of keeps one copy.
   */
  public record Mail(List<String> to, String subject, String body, List<Attachment> attachments, String messageKey) {
    public Mail {
      to = List.copyOf(to);
      attachments = List.copyOf(attachments);
    }

    public Mail(List<String> to, String subject, String body, List<Attachment> attachments) {
      this(to, subject, body, attachments, null);
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
      if (timedOut(e)) {
        throw new DeliveryFailed(1, "SMTP " + host + ":" + settings.port() + " did not answer within "
            + settings.timeout().toSeconds() + " s (CAREPOOL_SMTP_TIMEOUT_SECONDS): the relay may still deliver this"
            + " attempt; every attempt carries the same Message-ID, so receivers keep one copy");
      }
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

  /** The longest one attempt can take: connecting, then each exchange up to the relay timeout. */
  public Duration attemptBound() {
    return connectTimeout().plus(settings.timeout().multipliedBy(3));
  }

  /** The relay was reached but stopped answering (a read timed out), as opposed to never being reached. */
  private static boolean timedOut(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.SocketTimeoutException timeout) {
        return !String.valueOf(timeout.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect");
      }
    }
    return false;
  }

  private Duration connectTimeout() {
    return settings.timeout().compareTo(Duration.ofSeconds(30)) < 0 ? settings.timeout() : Duration.ofSeconds(30);
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
    p.setProperty("mail.smtp.connectiontimeout", String.valueOf(connectTimeout().toMillis()));
    p.setProperty("mail.smtp.timeout", String.valueOf(settings.timeout().toMillis()));
    p.setProperty("mail.smtp.writetimeout", String.valueOf(settings.timeout().toMillis()));
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
    MimeMessage message = mail.messageKey() == null ? new MimeMessage(session) : new StableId(session, messageId(mail));
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

  /** {@code <key@domain of the sender>}, the key reduced to what a Message-ID may hold. */
  private String messageId(Mail mail) {
    String from = settings.from();
    String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "")
        : "carepool.invalid";
    return "<" + mail.messageKey().replaceAll("[^A-Za-z0-9.+_-]", "_") + "@" + (domain.isEmpty() ? "carepool.invalid"
        : domain) + ">";
  }

  /** A message whose Message-ID is given, not made up afresh by {@code saveChanges()} on each attempt. */
  private static final class StableId extends MimeMessage {
    private final String id;

    StableId(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
