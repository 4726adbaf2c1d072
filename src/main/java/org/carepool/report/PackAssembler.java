package org.carepool.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * One PDF out of a pack's sections: a cover, contents with page numbers, every section's pages (or
 * a note page for a section not produced), the board summary, a bookmark per section (titled as in the contents) and
 * "Page x of y" counted across the pack, in place of each section's own page numbers (rendered
 * without them).
 *
 * <p>The sections' filled reports are exported together into one PDF first, which becomes the pack:
 * its own pages go in before the sections' and a note between them, so no section's PDF is parsed
 * and copied again.
 */
final class PackAssembler {

  static final String SUMMARY = "Board summary";

  byte[] assemble(PackCover cover, PackSummary summary, List<PackSection> sections) {
    List<PackSection> produced = sections.stream().filter(PackSection::produced).toList();
    try (PDDocument pack = produced.isEmpty() ? new PDDocument() : Loader.loadPDF(Exporters.packPdf(produced))) {
      List<PDPage> firsts = firstPages(pack, sections);
      PackPages pages = new PackPages(pack);
      pages.before(pack.getNumberOfPages() == 0 ? null : pack.getPage(0));
      Map<String, String> glossary = PackGlossary.used(text(cover, summary, sections));
      List<PackContents.Entry> entries = new ArrayList<>(List.of(new PackContents.Entry(SUMMARY, null),
          new PackContents.Entry(PackGlossary.TITLE, null)));
      sections.forEach(s -> entries.add(new PackContents.Entry(s.title(), s.missing())));
      PackContents contents = new PackContents(pages, entries);
      int summaryPage = 2 + contents.pageCount();
      List<Integer> starts = starts(summaryPage + 1, sections);
      PackCoverPage.draw(pages, cover);
      List<Integer> listed = new ArrayList<>(List.of(summaryPage, summaryPage + 1));
      listed.addAll(starts);
      List<PackContents.Area> areas = contents.draw(listed);
      PackSummaryPage.draw(pages, summary, cover.monthLabel());
      PackGlossary.draw(pages, glossary, summary.partners());
      Set<Integer> notes = placeNotes(pack, pages, sections, firsts, starts);
      IntPredicate ownPage = i -> i < summaryPage + 1 || notes.contains(i);
      PageNumbers.stamp(pack, pages, ownPage);
      outline(pack, sections, summaryPage, starts);
      links(pack, areas, listed);
      PackStructure.build(pack, ownPage, produced(starts, sections));
      PackMetadata.write(pack, cover.title());
      return save(pack);
    } catch (IOException e) {
      throw new UncheckedIOException("assembling the pack failed: " + e.getMessage(), e);
    }
  }

  /** The words a reader meets in the pack: its titles, names and every section's text, for the glossary. */
  private static String text(PackCover cover, PackSummary summary, List<PackSection> sections) {
    StringBuilder text = new StringBuilder(cover.title()).append(" RAG KPI £000 s151\n");
    cover.arrangements().forEach(a -> text.append(a.code()).append(' ').append(a.name()).append('\n'));
    summary.partners().forEach(p -> text.append(p.name()).append('\n'));
    sections.forEach(s -> text.append(s.title()).append('\n'));
    sections.stream().filter(PackSection::produced).forEach(s -> text.append(s.print().text()));
    return text.toString();
  }

  /** Each section's first page in the sections' PDF, null for a section not produced. */
  private static List<PDPage> firstPages(PDDocument pack, List<PackSection> sections) {
    int total = sections.stream().filter(PackSection::produced).mapToInt(s -> s.print().pages()).sum();
    if (total != pack.getNumberOfPages()) {
      throw new IllegalStateException("the sections' PDF has " + pack.getNumberOfPages() + " pages, their reports "
          + total);
    }
    List<PDPage> firsts = new ArrayList<>();
    int next = 0;
    for (PackSection section : sections) {
      firsts.add(section.produced() ? pack.getPage(next) : null);
      next += section.produced() ? section.print().pages() : 0;
    }
    return firsts;
  }

  /** Each section's first page (1-based): after the pack's own pages, a note takes one page. */
  private static List<Integer> starts(int ownPages, List<PackSection> sections) {
    List<Integer> starts = new ArrayList<>();
    int next = ownPages + 1;
    for (PackSection section : sections) {
      starts.add(next);
      next += section.produced() ? section.print().pages() : 1;
    }
    return starts;
  }

  /** The first pages of the sections that were produced (and so brought their structure). */
  private static List<Integer> produced(List<Integer> starts, List<PackSection> sections) {
    List<Integer> produced = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      if (sections.get(i).produced()) {
        produced.add(starts.get(i));
      }
    }
    return produced;
  }

  /**
   * Draws a note page for each section not produced, before the next produced section's first page,
   * and checks that every section starts where the contents say; returns the (0-based) indexes of the
   * note pages.
   */
  private static Set<Integer> placeNotes(PDDocument pack, PackPages pages, List<PackSection> sections,
      List<PDPage> firsts, List<Integer> starts) throws IOException {
    List<PDPage> placed = new ArrayList<>(firsts);
    Set<Integer> notes = new HashSet<>();
    for (int i = 0; i < sections.size(); i++) {
      if (!sections.get(i).produced()) {
        pages.before(firsts.subList(i, firsts.size()).stream().filter(Objects::nonNull).findFirst().orElse(null));
        placed.set(i, pages.note(sections.get(i).title(), sections.get(i).missing()));
        notes.add(starts.get(i) - 1);
      }
    }
    for (int i = 0; i < sections.size(); i++) {
      int page = pack.getPages().indexOf(placed.get(i)) + 1;
      if (page != starts.get(i)) {
        throw new IllegalStateException("section '" + sections.get(i).title() + "' starts on page " + page
            + ", not " + starts.get(i) + " as the contents say");
      }
    }
    return notes;
  }

  /**
   * Replaces any outline the sections brought with the summary's, then each arrangement's with its
   * reports nested under it, then the board-wide sections', in contents order.
   */
  private static void outline(PDDocument pack, List<PackSection> sections, int summaryPage, List<Integer> starts) {
    PDDocumentOutline outline = new PDDocumentOutline();
    outline.addLast(bookmark(pack, SUMMARY, summaryPage));
    outline.addLast(bookmark(pack, PackGlossary.TITLE, summaryPage + 1));
    PDOutlineItem parent = null;
    for (int i = 0; i < sections.size(); i++) {
      PackSection.Group group = sections.get(i).group();
      PDOutlineItem item = bookmark(pack, sections.get(i).bookmark(), starts.get(i));
      if (group == null) {
        outline.addLast(item);
        parent = null;
        continue;
      }
      if (parent == null || !parent.getTitle().equals(group.heading())) {
        parent = bookmark(pack, group.heading(), starts.get(i));
        outline.addLast(parent);
      }
      parent.addLast(item);
      parent.openNode();
    }
    outline.openNode();
    pack.getDocumentCatalog().setDocumentOutline(outline);
  }

  private static PDOutlineItem bookmark(PDDocument pack, String title, int page) {
    PDPageFitDestination destination = new PDPageFitDestination();
    destination.setPage(pack.getPage(page - 1));
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(destination);
    return item;
  }

  /** Makes each contents entry a link to the page it gives, invisible: the entry reads as before. */
  private static void links(PDDocument pack, List<PackContents.Area> areas, List<Integer> pages) throws IOException {
    for (int i = 0; i < areas.size(); i++) {
      PDPageFitDestination destination = new PDPageFitDestination();
      destination.setPage(pack.getPage(pages.get(i) - 1));
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(areas.get(i).rectangle());
      link.setDestination(destination);
      PDBorderStyleDictionary border = new PDBorderStyleDictionary();
      border.setWidth(0);
      link.setBorderStyle(border);
      link.setContents("Go to page " + pages.get(i));
      areas.get(i).page().getAnnotations().add(link);
    }
  }

  private static byte[] save(PDDocument pack) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    pack.save(out);
    return out.toByteArray();
  }
}
