package org.carepool.delivery;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carepool.arrangement.ArrangementService;
import org.carepool.delivery.Mailer;
import org.carepool.finance.FinancialYear;

/**
 * The mail of a rendered run, built from what the run recorded (so a run queued before a restart is
 * mailed the same way): the board's name and the month as the reports name it, the pack attached,
 * or, when the files together exceed the attachment limit, links that need no carepool account.
 */
public final class PackMails {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private final PackDelivery delivery;
  private final PackLinks links;

  public PackMails(PackDelivery delivery, PackLinks links) {
    this.delivery = delivery;
    this.links = links;
  }

  /** The board and month as people name them: "Westshire … Board (HWB), Month 7 (October 2026)". */
  public static String about(String boardName, String board, String period) {
    return boardName + " (" + board + "), " + FinancialYear.displayMonth(YearMonth.parse(period));
  }

  String about(PackRun run) {
    return about(run.boardName(), run.board(), run.period());
  }

  Mailer.Mail of(PackRun run) {
    String board = run.boardName();
    String month = FinancialYear.displayMonth(YearMonth.parse(run.period()));
    StringBuilder text = new StringBuilder("The board pack of " + board + " (" + run.board() + ") for " + month
        + ", produced by carepool (schedule " + run.schedule() + ", run " + run.id() + ").\n\n");
    if (!run.missingSections().isEmpty()) {
      text.append("These sections could not be produced and are not in the pack:\n");
      run.missingSections().forEach(m -> text.append("  - ").append(m).append('\n'));
      text.append('\n');
    }
    List<Mailer.Attachment> attachments = new ArrayList<>();
    boolean attach = totalSize(run) <= delivery.attachLimitBytes();
    text.append(attach ? "Attached:\n" : "Too large to attach; download from these links (they work until "
        + DAY.format(links.validUntil()) + ", no carepool account needed):\n");
    String name = "board-pack-" + run.board().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + run.period();
    file(run, run.packFile(), run.packSize(), PackLinks.Kind.PDF, name + ".pdf", attach, attachments, text);
    if (run.workbookFile() != null) {
      file(run, run.workbookFile(), run.workbookSize(), PackLinks.Kind.XLSX, name + ".xlsx", attach, attachments, text);
    }
    return new Mailer.Mail(run.recipients(), "Board pack: " + board + ", " + month, text.toString(), attachments,
        messageKey(run));
  }

  /** The same on every attempt of the run, before and after a restart: receivers drop a second copy. */
  static String messageKey(PackRun run) {
    return "carepool.pack." + run.schedule() + "." + run.period() + ".run" + run.id();
  }

  private void file(PackRun run, String archived, Long size, PackLinks.Kind kind, String name, boolean attach,
      List<Mailer.Attachment> attachments, StringBuilder text) {
    String what = (kind == PackLinks.Kind.PDF ? "  - the pack (PDF, " : "  - its tables as a workbook (XLSX, ")
        + Math.max(1, (size == null ? 0 : size) / 1024) + " KB)";
    if (attach) {
      attachments.add(new Mailer.Attachment(name, kind.contentType(), delivery.archive().read(archived)));
      text.append(what).append(": ").append(name).append('\n');
      return;
    }
    String url = delivery.publicUrl().replaceAll("/+$", "") + "/packs/link/" + links.create(run.id(), kind);
    text.append(what).append(":\n    ").append(url).append('\n');
  }

  private static long totalSize(PackRun run) {
    return (run.packSize() == null ? 0 : run.packSize()) + (run.workbookSize() == null ? 0 : run.workbookSize());
  }
}
