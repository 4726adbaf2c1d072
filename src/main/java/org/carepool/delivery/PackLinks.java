package org.carepool.delivery;

import static org.carepool.db.generated.Tables.PACK_LINK;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.carepool.report.Format;
import org.jooq.DSLContext;

/**
 * Download links for packs too large to attach. Board members who receive packs usually have no
 * carepool account, so a link carries its own permission: a random 256-bit token, valid for a
 * fixed time, for one file of one run. Only the token's SHA-256 is stored.
 */
public final class PackLinks {
  /** Which file of a run a link gives. */
  public enum Kind {
    PDF(Format.PDF), XLSX(Format.XLSX);

    private final Format format;

    Kind(Format format) {
      this.format = format;
    }

    public String contentType() {
      return format.contentType();
    }
  }

  public record Link(long run, Kind kind) {}

  private final DSLContext dsl;
  private final Clock clock;
  private final Duration validity;
  private final SecureRandom random = new SecureRandom();

  /** @param validity how long a link made now works */
  public PackLinks(DSLContext dsl, Clock clock, Duration validity) {
    this.dsl = dsl;
    this.clock = clock;
    this.validity = validity;
  }

  /** A new token for the file; it works until {@link #validUntil()}. */
  String create(long run, Kind kind) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    dsl.insertInto(PACK_LINK)
        .set(PACK_LINK.TOKEN_HASH, hash(token))
        .set(PACK_LINK.RUN_ID, run)
        .set(PACK_LINK.FILE_KIND, kind.name().toLowerCase())
        .set(PACK_LINK.EXPIRES_AT, utc(clock.instant().plus(validity)))
        .execute();
    return token;
  }

  /** The file a token gives, while it is valid. */
  public Optional<Link> find(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return dsl.selectFrom(PACK_LINK)
        .where(PACK_LINK.TOKEN_HASH.eq(hash(token)), PACK_LINK.EXPIRES_AT.gt(utc(clock.instant())))
        .fetchOptional(r -> new Link(r.getRunId(), Kind.valueOf(r.getFileKind().toUpperCase())));
  }

  /** When a link made now stops working. */
  Instant validUntil() {
    return clock.instant().plus(validity);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
