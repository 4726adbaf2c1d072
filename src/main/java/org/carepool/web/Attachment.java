package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.Header;

/** A file answered as a download, its name cleaned so that nothing in it can break the header. */
final class Attachment {
  private Attachment() {}

  static void send(Context ctx, String fileName, String contentType, byte[] content) {
    ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .contentType(contentType)
        .result(content);
  }
}
