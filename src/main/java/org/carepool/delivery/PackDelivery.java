package org.carepool.delivery;

import org.carepool.report.ReportService;

/**
 * What a run needs besides the store: how packs are made, kept and sent.
 *
 * @param attachLimitBytes a larger pack is not attached: the mail carries a link to the archive instead
 * @param publicUrl        the server's address as recipients reach it, for those links
 * @param onDelivered      told of every DELIVERED pack (closes its month)
 */
public record PackDelivery(ReportService reports, PackArchive archive, Mailer mailer, AdminNotifier admins,
    long attachLimitBytes, String publicUrl, PackDelivered onDelivered) {

  /** Delivering without closing months. */
  public PackDelivery(ReportService reports, PackArchive archive, Mailer mailer, AdminNotifier admins,
      long attachLimitBytes, String publicUrl) {
    this(reports, archive, mailer, admins, attachLimitBytes, publicUrl, PackDelivered.NOTHING);
  }
}
