package org.carepool.web;

import org.carepool.error.Invalid;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;

/** Checks on what a form post sends. */
final class Forms {
  private Forms() {}

  /** A page form: URL-encoded, or multipart. Anything else (JSON, XML, text) is refused with 415. */
  static void requireForm(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
    if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
      throw new UnsupportedMediaTypeResponse("Send this as a form (application/x-www-form-urlencoded)");
    }
  }

  static String required(Context ctx, String field, String label) {
    String value = ctx.formParam(field);
    if (value == null || value.isBlank()) {
      throw new Invalid(label + ": required");
    }
    return value.strip();
  }
}
