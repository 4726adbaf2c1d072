package org.carepool.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The pack's one structure tree: a Document holding, in page order, a Sect for each of the pack's
 * own pages (its lines as paragraphs, its links as Link elements) and a Part for each report
 * section, as the sections' tagged export brought them (a Part per report). This adds the own pages'
 * entries to the export's parent tree, after its numbers.
 *
 * <p>The own pages' text is tagged line by line as paragraphs: the summary's and the contents'
 * tables read in drawing order (row by row) but are not tagged as tables.
 */
final class PackStructure {

  private final PDDocument pack;
  private final PDStructureTreeRoot root;
  private final Map<Integer, COSObjectable> parents;
  private int nextKey;

  private PackStructure(PDDocument pack) throws IOException {
    this.pack = pack;
    PDDocumentCatalog catalog = pack.getDocumentCatalog();
    if (catalog.getStructureTreeRoot() == null) {
      catalog.setStructureTreeRoot(new PDStructureTreeRoot());
    }
    this.root = catalog.getStructureTreeRoot();
    this.parents = numbers(root.getParentTree());
    this.nextKey = Math.max(root.getParentTreeNextKey(),
        parents.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1);
  }

  /** Every entry of a number tree, which the PDF export splits into kids once it is long. */
  private static Map<Integer, COSObjectable> numbers(PDNumberTreeNode node) throws IOException {
    Map<Integer, COSObjectable> all = new HashMap<>();
    if (node == null) {
      return all;
    }
    if (node.getNumbers() != null) {
      all.putAll(node.getNumbers());
    }
    if (node.getKids() != null) {
      for (PDNumberTreeNode kid : node.getKids()) {
        all.putAll(numbers(kid));
      }
    }
    return all;
  }

  /**
   * @param ownPage whether the page at a (0-based) index is one the pack drew
   * @param sectionStarts the (1-based) first page of each report section the merge brought, in order
   */
  static void build(PDDocument pack, IntPredicate ownPage, List<Integer> sectionStarts) throws IOException {
    new PackStructure(pack).build(ownPage, Set.copyOf(sectionStarts), sectionStarts.size());
  }

  private void build(IntPredicate ownPage, Set<Integer> starts, int sectionCount) throws IOException {
    List<COSDictionary> sections = sectionElements();
    if (sections.size() != sectionCount) {
      throw new IllegalStateException(sections.size() + " tagged sections merged, " + sectionCount + " expected");
    }
    Iterator<COSDictionary> nextSection = sections.iterator();
    PDStructureElement document = new PDStructureElement("Document", root);
    for (int i = 0; i < pack.getNumberOfPages(); i++) {
      if (ownPage.test(i)) {
        kids(document.getCOSObject()).add(ownPage(document, pack.getPage(i)));
      } else if (starts.contains(i + 1)) {
        COSDictionary section = nextSection.next();
        section.setItem(COSName.S, COSName.PART);
        section.setItem(COSName.P, document);
        kids(document.getCOSObject()).add(section);
      }
    }
    root.setK(new COSArray(List.of(document)));
    PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
    tree.setNumbers(parents);
    root.setParentTree(tree);
    root.setParentTreeNextKey(nextKey);
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    pack.getDocumentCatalog().setMarkInfo(mark);
    tabOrder();
  }

  /** The report sections' top elements as merged: one Document per section, or Parts under one. */
  private List<COSDictionary> sectionElements() {
    List<COSDictionary> top = dictionaries(root.getK());
    if (top.size() == 1 && COSName.DOCUMENT.equals(top.get(0).getCOSName(COSName.S))) {
      List<COSDictionary> below = dictionaries(top.get(0).getDictionaryObject(COSName.K));
      boolean merged = !below.isEmpty() && below.stream().allMatch(d -> COSName.PART.equals(d.getCOSName(COSName.S)));
      return merged ? below : top;
    }
    return top;
  }

  private static List<COSDictionary> dictionaries(COSBase k) {
    List<COSDictionary> found = new ArrayList<>();
    if (k instanceof COSDictionary d) {
      found.add(d);
    } else if (k instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSDictionary d) {
          found.add(d);
        }
      }
    }
    return found;
  }

  /** The element's kids as an array; only for the Document this class makes, whose K is always one. */
  private static COSArray kids(COSDictionary element) {
    COSArray kids = element.getCOSArray(COSName.K);
    if (kids == null) {
      kids = new COSArray();
      element.setItem(COSName.K, kids);
    }
    return kids;
  }

  /** A Sect of the page's lines (each a P) and its links, the page's parent tree entries added. */
  private PDStructureElement ownPage(PDStructureElement document, PDPage page) throws IOException {
    PDStructureElement sect = new PDStructureElement("Sect", document);
    int lines = PackPageMarks.mark(pack, page);
    COSArray byMcid = new COSArray();
    for (int mcid = 0; mcid < lines; mcid++) {
      PDStructureElement p = new PDStructureElement("P", sect);
      p.setPage(page);
      p.appendKid(mcid);
      sect.appendKid(p);
      byMcid.add(p);
    }
    page.setStructParents(nextKey);
    parents.put(nextKey++, new PDParentTreeValue(byMcid));
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (annotation instanceof PDAnnotationLink) {
        sect.appendKid(link(sect, page, annotation));
      }
    }
    return sect;
  }

  private PDStructureElement link(PDStructureElement parent, PDPage page, PDAnnotation annotation) {
    PDStructureElement link = new PDStructureElement("Link", parent);
    link.setPage(page);
    PDObjectReference reference = new PDObjectReference();
    reference.setReferencedObject(annotation);
    reference.setPage(page);
    link.appendKid(reference);
    annotation.setStructParent(nextKey);
    parents.put(nextKey++, new PDParentTreeValue(link.getCOSObject()));
    return link;
  }

  /** Tab order by structure on every page with annotations (PDF/UA-1 §7.18.3). */
  private void tabOrder() throws IOException {
    for (PDPage page : pack.getPages()) {
      if (!page.getAnnotations().isEmpty()) {
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
      }
    }
  }
}
