package org.carepool.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.carepool.error.NotFound;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditAction;
import org.carepool.delivery.PackArchive;

/** Downloads from the pack archive (each audited) and the runs an admin should look at. */
final class PackHistory {
  private static final Duration ATTENTION = Duration.ofDays(7);

  private final RunRepository runs;
  private final PackArchive archive;
  private final PackLinks links;
  private final Audit audit;

  PackHistory(RunRepository runs, PackArchive archive, PackLinks links, Audit audit) {
    this.runs = runs;
    this.archive = archive;
    this.links = links;
    this.audit = audit;
  }

  PackFile download(Schedules.Actor by, long run, String kind) {
    PackLinks.Kind k = kind(kind);
    PackFile file = file(runs.find(run).orElse(null), k, run);
    audit.record(by.username(), AuditAction.PACK_DOWNLOADED, describe(run, file), by.address());
    return file;
  }

  PackFile downloadByLink(String token, String address) {
    PackLinks.Link link = links.find(token).orElseThrow(() -> new NotFound(
        "This download link is not valid or has expired: ask whoever sends the board pack for it again"));
    PackFile file = file(runs.find(link.run()).orElse(null), link.kind(), link.run());
    audit.record("mail link", AuditAction.PACK_DOWNLOADED, describe(link.run(), file) + " through a mailed link", address);
    return file;
  }

  /** FAILED or INCOMPLETE in the last week, or a mail being retried now; newest first. */
  List<RunRecord> needingAttention(Instant now) {
    List<RunRecord> found = new ArrayList<>(runs.needingAttention(now.minus(ATTENTION), 20));
    runs.retrying().forEach(found::add);
    return found;
  }

  private PackFile file(RunRecord run, PackLinks.Kind kind, long id) {
    boolean available = run != null && (kind == PackLinks.Kind.PDF ? run.packAvailable() : run.workbookAvailable());
    if (!available) {
      throw new NotFound("No " + kind.name().toLowerCase() + " of run " + id
          + " in the pack archive (never made, or deleted after the archive's retention)");
    }
    String path = kind == PackLinks.Kind.PDF ? run.packFile() : run.workbookFile();
    return new PackFile(path.substring(path.lastIndexOf('/') + 1), PackMails.contentType(kind), archive.read(path));
  }

  private static PackLinks.Kind kind(String kind) {
    return switch (kind == null ? "pdf" : kind) {
      case "pdf" -> PackLinks.Kind.PDF;
      case "xlsx" -> PackLinks.Kind.XLSX;
      default -> throw new IllegalArgumentException("file: '" + kind + "' is not pdf or xlsx");
    };
  }

  private static String describe(long run, PackFile file) {
    return "run " + run + ": " + file.name() + " (" + file.content().length + " bytes)";
  }
}
