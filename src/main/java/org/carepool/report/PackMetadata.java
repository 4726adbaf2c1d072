package org.carepool.report;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.options.PropertyOptions;
import com.adobe.internal.xmp.options.SerializeOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The pack's title, author and language, in the document information and in XMP metadata as
 * PDF/UA-1 asks (§7.1: {@code dc:title}; §5: {@code pdfuaid:part} 1), replacing the XMP the merge
 * copied from the first section (which named that section). XMP written with Adobe's XMP library,
 * which JasperReports brings for the same purpose.
 */
final class PackMetadata {

  private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

  private PackMetadata() {
  }

  static void write(PDDocument pack, String title) throws IOException {
    pack.getDocumentCatalog().setLanguage(Exporters.LANGUAGE);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    pack.getDocumentCatalog().setViewerPreferences(preferences);
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setAuthor("carepool");
    info.setCreator("carepool");
    pack.setDocumentInformation(info);
    PDMetadata metadata = new PDMetadata(pack, new ByteArrayInputStream(xmp(title)));
    pack.getDocumentCatalog().setMetadata(metadata);
  }

  private static byte[] xmp(String title) {
    try {
      XMPMetaFactory.getSchemaRegistry().registerNamespace(PDFUA_NS, "pdfuaid");
      XMPMeta meta = XMPMetaFactory.create();
      meta.setProperty(XMPConst.NS_DC, "format", "application/pdf");
      meta.setLocalizedText(XMPConst.NS_DC, "title", "", XMPConst.X_DEFAULT, title);
      meta.appendArrayItem(XMPConst.NS_DC, "creator", new PropertyOptions().setArrayOrdered(true), "carepool", null);
      meta.setProperty(XMPConst.NS_XMP, "CreatorTool", "carepool");
      meta.setPropertyInteger(PDFUA_NS, "part", 1);
      return XMPMetaFactory.serializeToBuffer(meta, new SerializeOptions().setUseCompactFormat(false));
    } catch (XMPException e) {
      throw new ReportException("cannot write the pack's XMP metadata: " + e.getMessage(), e);
    }
  }
}
