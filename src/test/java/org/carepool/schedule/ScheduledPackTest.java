package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carepool.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ScheduledPackTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir
  Path work;

  private static String cronInSeconds(int seconds) {
    ZonedDateTime at = ZonedDateTime.now(ZoneId.of("Europe/London")).plusSeconds(seconds);
    return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " " + at.getDayOfMonth() + " "
        + at.getMonthValue() + " ?";
  }

  @Test
  void a_schedule_fires_and_mails_one_bookmarked_pack_with_every_arrangement_of_the_board() throws Exception {
    Database db = PackStore.demo();
    PackDelivery delivery = PackStore.delivery(db, work.resolve("packs"), mail.getSmtp().getPort());
    PackStore.writeSchedule(work.resolve("schedules"), "hwb-soon", String.join("\n",
        "board: HWB", "reports: [income-expenditure]", "cron: \"" + cronInSeconds(8) + "\"",
        "recipients: [board@westshire.example]", ""));
    try (Schedules schedules = new Schedules(db, new Schedules.Config(work.resolve("schedules"), "t" + UUID.randomUUID(), 2),
            delivery, Clock.systemUTC()).start()) {
      assertTrue(mail.waitForIncomingEmail(90_000, 1), "no pack arrived");
      MimeMessage message = mail.getReceivedMessages()[0];
      assertEquals("board@westshire.example", message.getAllRecipients()[0].toString());
      byte[] pdf = attachment(message);
      try (PDDocument pack = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(pack);
        for (String arrangement : PackStore.HWB_ARRANGEMENTS) {
          assertTrue(text.contains(arrangement), "pack lacks " + arrangement);
        }
        List<String> bookmarks = bookmarks(pack);
        assertEquals(PackStore.HWB_ARRANGEMENTS.size(), bookmarks.size(), bookmarks.toString());
        String contents = contentsPage(pack);
        for (String bookmark : bookmarks) {
          assertTrue(contents.contains(bookmark), "contents lacks bookmark '" + bookmark + "':\n" + contents);
        }
        PackPageNumbersTest.assertPagedAcrossPack(pack);
      }
      List<RunRecord> runs = waitForEnd(schedules, "hwb-soon");
      assertEquals("DELIVERED", runs.get(0).outcome(), runs.toString());
      assertTrue(schedules.packs().stream().anyMatch(p -> p.schedule().equals("hwb-soon")));
    }
  }

  static List<RunRecord> waitForEnd(Schedules schedules, String id) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      List<RunRecord> runs = schedules.runs(id);
      if (!runs.isEmpty() && runs.stream().noneMatch(r -> r.outcome().equals("RUNNING"))) {
        return runs;
      }
      Thread.sleep(100);
    }
    return schedules.runs(id);
  }

  static byte[] attachment(MimeMessage message) throws Exception {
    MimeMultipart parts = (MimeMultipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
        try (InputStream in = part.getInputStream()) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no PDF attached: " + GreenMailUtil.getBody(message));
  }

  private static List<String> bookmarks(PDDocument pack) {
    List<String> titles = new ArrayList<>();
    for (PDOutlineItem item : pack.getDocumentCatalog().getDocumentOutline().children()) {
      titles.add(item.getTitle());
    }
    return titles;
  }

  private static String contentsPage(PDDocument pack) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(2);
    stripper.setEndPage(2);
    return stripper.getText(pack);
  }
}
