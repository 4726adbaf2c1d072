package org.carepool.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The stylesheet, read once from the classpath. */
final class Assets {
  private final byte[] css;

  Assets() {
    try (InputStream in = Assets.class.getResourceAsStream("/assets/carepool.css")) {
      this.css = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("assets/carepool.css is part of the build", e);
    }
  }

  void css(Context ctx) {
    ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(css);
  }
}
