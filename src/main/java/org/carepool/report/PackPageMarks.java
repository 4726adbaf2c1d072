package org.carepool.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Marks the content of one of the pack's own pages for its structure tree: each piece of text
 * (one {@code BT … ET}, which {@link PackText#show} writes per line) becomes a marked-content
 * sequence numbered from 0 (its MCID), and the rules, bars and colours between them artifacts.
 * Content already marked (the page number, an artifact of its own) is left as it is.
 *
 * <p>Done on the finished page rather than while drawing, so the pages' drawing code stays plain.
 */
final class PackPageMarks {

  private final List<Object> out = new ArrayList<>();
  private int marked;
  private int depth;
  private boolean inText;
  private boolean inArtifact;

  private PackPageMarks() {
  }

  /** Rewrites the page's content marked; returns how many text pieces it marked (MCIDs 0 to n-1). */
  static int mark(PDDocument doc, PDPage page) throws IOException {
    PackPageMarks marks = new PackPageMarks();
    List<Object> operands = new ArrayList<>();
    for (Object token : new PDFStreamParser(page).parse()) {
      if (token instanceof Operator operator) {
        marks.add(operands, operator);
        operands = new ArrayList<>();
      } else {
        operands.add(token);
      }
    }
    marks.closeArtifact();
    PDStream stream = new PDStream(doc);
    try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
      new ContentStreamWriter(os).writeTokens(marks.out);
    }
    page.setContents(stream);
    return marks.marked;
  }

  private void add(List<Object> operands, Operator operator) {
    String name = operator.getName();
    if (depth == 0 && !inText && name.equals("BT")) {
      closeArtifact();
      out.add(COSName.P);
      COSDictionary properties = new COSDictionary();
      properties.setInt(COSName.MCID, marked);
      out.add(properties);
      out.add(Operator.getOperator("BDC"));
      inText = true;
    } else if (!inText && (name.equals("BMC") || name.equals("BDC"))) {
      closeArtifact();
      depth++;
    } else if (depth == 0 && !inText && !inArtifact) {
      out.add(COSName.ARTIFACT);
      out.add(Operator.getOperator("BMC"));
      inArtifact = true;
    }
    out.addAll(operands);
    out.add(operator);
    if (inText && name.equals("ET")) {
      out.add(Operator.getOperator("EMC"));
      inText = false;
      marked++;
    } else if (!inText && depth > 0 && name.equals("EMC")) {
      depth--;
    }
  }

  private void closeArtifact() {
    if (inArtifact) {
      out.add(Operator.getOperator("EMC"));
      inArtifact = false;
    }
  }
}
