package org.carepool.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * One PDF out of a pack's sections: a cover, contents with page numbers, every section's pages,
 * a bookmark per section (titled as in the contents) and "Page x of y" counted across the pack,
 * in place of each section's own page numbers (rendered without them).
 */
final class PackAssembler {

  byte[] assemble(String title, List<String> coverLines, List<PackSection> sections) {
    List<PDDocument> opened = new ArrayList<>();
    try (PDDocument pack = new PDDocument()) {
      PackPages pages = new PackPages(pack);
      List<PDDocument> sectionDocs = new ArrayList<>();
      for (PackSection section : sections) {
        PDDocument doc = section.pdf() != null ? Loader.loadPDF(section.pdf()) : noteDocument(section);
        opened.add(doc);
        sectionDocs.add(doc);
      }
      int contentsPages = Math.max(1, (sections.size() + PackPages.CONTENTS_LINES_PER_PAGE - 1)
          / PackPages.CONTENTS_LINES_PER_PAGE);
      List<Integer> starts = new ArrayList<>();
      int next = 1 + contentsPages + 1;
      for (PDDocument doc : sectionDocs) {
        starts.add(next);
        next += doc.getNumberOfPages();
      }
      List<String> titles = sections.stream().map(PackSection::title).toList();
      pack.addPage(pages.cover(title, coverLines));
      for (int p = 0; p < contentsPages; p++) {
        int from = p * PackPages.CONTENTS_LINES_PER_PAGE;
        int to = Math.min(titles.size(), from + PackPages.CONTENTS_LINES_PER_PAGE);
        pack.addPage(pages.contents(titles.subList(from, to), starts.subList(from, to), p == 0));
      }
      PDFMergerUtility merger = new PDFMergerUtility();
      for (PDDocument doc : sectionDocs) {
        merger.appendDocument(pack, doc);
      }
      outline(pack, titles, starts);
      PageNumbers.stamp(pack, pages, 1 + contentsPages);
      info(pack, title);
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      pack.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("assembling the pack failed: " + e.getMessage(), e);
    } finally {
      opened.forEach(PackAssembler::closeQuietly);
    }
  }

  private static PDDocument noteDocument(PackSection section) throws IOException {
    PDDocument doc = new PDDocument();
    doc.addPage(new PackPages(doc).note(section.title(), section.missing()));
    return doc;
  }

  /** Replaces any outline the sections brought with one bookmark per section, in contents order. */
  private static void outline(PDDocument pack, List<String> titles, List<Integer> starts) {
    PDDocumentOutline outline = new PDDocumentOutline();
    for (int i = 0; i < titles.size(); i++) {
      PDPageFitDestination destination = new PDPageFitDestination();
      PDPage page = pack.getPage(starts.get(i) - 1);
      destination.setPage(page);
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(titles.get(i));
      item.setDestination(destination);
      outline.addLast(item);
    }
    outline.openNode();
    pack.getDocumentCatalog().setDocumentOutline(outline);
  }

  private static void info(PDDocument pack, String title) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setAuthor("carepool");
    info.setCreator("carepool");
    pack.setDocumentInformation(info);
  }

  private static void closeQuietly(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException ignored) {
      // a section read from bytes in memory: nothing to release
    }
  }
}
