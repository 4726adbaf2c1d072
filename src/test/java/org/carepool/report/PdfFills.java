package org.carepool.report;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Walks a PDF page's drawing operators and keeps the colour of every filled path: JasperReports
 * draws charts as vector paths, so their bars can be seen this way (the text of a chart is drawn as
 * shapes and cannot be extracted).
 */
final class PdfFills extends PDFGraphicsStreamEngine {
  private final Set<Integer> colours = new HashSet<>();

  private PdfFills(PDPage page) {
    super(page);
  }

  static Set<Integer> of(PDPage page) throws IOException {
    PdfFills fills = new PdfFills(page);
    fills.processPage(page);
    return fills.colours;
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    colours.add(getGraphicsState().getNonStrokingColor().toRGB());
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    fillPath(windingRule);
  }

  // the rest of the drawing does not matter here

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
  }

  @Override
  public void drawImage(PDImage pdImage) {
  }

  @Override
  public void clip(int windingRule) {
  }

  @Override
  public void moveTo(float x, float y) {
  }

  @Override
  public void lineTo(float x, float y) {
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
  }

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float();
  }

  @Override
  public void closePath() {
  }

  @Override
  public void endPath() {
  }

  @Override
  public void strokePath() {
  }

  @Override
  public void shadingFill(COSName shadingName) {
  }
}
