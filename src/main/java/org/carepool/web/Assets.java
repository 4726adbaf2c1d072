package org.carepool.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The stylesheet and the scripts (every page's, and the schedule form's fire-time preview), read once from the classpath. */
final class Assets {
  private final byte[] css = read("/assets/carepool.css");
  private final byte[] schedulesJs = read("/assets/schedules.js");
  private final byte[] carepoolJs = read("/assets/carepool.js");

  void css(Context ctx) {
    ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(css);
  }

  void schedulesJs(Context ctx) {
    ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "max-age=3600").result(schedulesJs);
  }

  void carepoolJs(Context ctx) {
    ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "max-age=3600").result(carepoolJs);
  }

  private static byte[] read(String path) {
    try (InputStream in = Assets.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(path + " is part of the build", e instanceof IOException io ? io : new IOException(e));
    }
  }
}
