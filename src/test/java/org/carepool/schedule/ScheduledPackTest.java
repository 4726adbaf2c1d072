package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.db.Database;
import org.carepool.delivery.PackDelivery;
import org.carepool.report.PackChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 6: a schedule fires inside the test and GreenMail receives the demo board's pack of
 * every report: the PDF holds every arrangement, each bookmark goes to the page the contents give,
 * every page reads "Page x of y"; with {@code formats: [pdf, xlsx]} the XLSX companion is attached too.
 */
class ScheduledPackTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir
  Path work;

  @Test
  void a_schedule_fires_and_mails_one_bookmarked_pack_of_every_report_with_its_workbook() throws Exception {
    Database db = PackStore.demo();
    PackDelivery delivery = PackStore.delivery(db, work.resolve("packs"), mail.getSmtp().getPort());
    ZonedDateTime due = ZonedDateTime.now(LONDON).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    PackStore.writeSchedule(work.resolve("schedules"), "hwb-soon", String.join("\n", "board: HWB",
        "reports: [income-expenditure, performance, spend-mapping]", "formats: [pdf, xlsx]",
        "cron: \"" + due.getSecond() + " " + due.getMinute() + " " + due.getHour() + " " + due.getDayOfMonth() + " "
            + due.getMonthValue() + " ?\"", "recipients: [board@westshire.example]", ""));
    try (Schedules schedules = TestSchedules.of(db, new Schedules.Config(work.resolve("schedules"), "t" + UUID.randomUUID(), 2),
            delivery, Clock.systemUTC()).start()) {
      assertTrue(mail.waitForIncomingEmail(120_000, 1), "no pack arrived");
      MimeMessage message = mail.getReceivedMessages()[0];
      assertEquals("board@westshire.example", message.getAllRecipients()[0].toString());
      assertTrue(message.getSubject().startsWith("Board pack: Westshire"), message.getSubject());
      try (PDDocument pack = Loader.loadPDF(attachment(message, ".pdf"))) {
        String text = new PDFTextStripper().getText(pack);
        for (String arrangement : PackStore.HWB_ARRANGEMENTS) {
          assertTrue(text.contains(arrangement), "pack lacks " + arrangement);
        }
        long sections = PackChecks.sectionBookmarks(pack).size();
        assertEquals(2 + PackStore.HWB_ARRANGEMENTS.size() * 2L + 1, sections,
            "the board summary, the glossary, I&E and performance each, then the mapping");
        assertEquals(List.of(), PackChecks.bookmarkProblems(pack));
        assertEquals(List.of(), PackChecks.pageNumberProblems(pack));
      }
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(attachment(message, ".xlsx")))) {
        assertTrue(workbook.getNumberOfSheets() > PackStore.HWB_ARRANGEMENTS.size(), workbook.getNumberOfSheets() + " sheets");
      }
      RunRecord run = PackDeliveryTest.await(schedules, "hwb-soon", r -> !r.active());
      assertEquals("DELIVERED", run.outcome(), run.toString());
      assertEquals("SCHEDULED", run.kind());
      assertEquals(due.toInstant(), run.scheduledFireTime());
      assertEquals(YearMonth.from(due).minusMonths(1).toString(), run.period());
      assertTrue(run.workbookFile().endsWith(".xlsx"), run.toString());
      assertTrue(schedules.packs().stream().anyMatch(p -> p.schedule().equals("hwb-soon")));
    }
  }

  static byte[] attachment(MimeMessage message, String extension) throws Exception {
    MimeMultipart parts = (MimeMultipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null && part.getFileName().endsWith(extension)) {
        try (InputStream in = part.getInputStream()) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no " + extension + " attached: " + GreenMailUtil.getBody(message));
  }
}
