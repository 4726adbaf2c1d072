package org.carepool.web;

import org.carepool.text.Sentences;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the CSV files of an upload, refusing before anything is loaded: not multipart (415), a
 * file of another type (415), no files or more than {@value #MAX_FILES} (400), a name that is
 * not a plain {@code something.csv} (400: no folders, no {@code ..}, no control characters),
 * more than 50 MB in all (413).
 */
final class Uploads {
  static final int MAX_FILES = 50;
  private static final Pattern PLAIN_CSV_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._()-]{0,250}\\.[cC][sS][vV]");
  // Browsers label .csv files variously: Windows with Excel says application/vnd.ms-excel.
  private static final Set<String> CSV_TYPES = Set.of("text/csv", "application/csv", "text/plain",
      "application/vnd.ms-excel", "application/octet-stream", "text/comma-separated-values", "");

  private Uploads() {}

  static List<org.carepool.ingest.UploadedFile> csvFiles(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      throw new UnsupportedMediaTypeResponse("Send the CSV files as multipart/form-data");
    }
    List<UploadedFile> files = ctx.uploadedFiles().stream().filter(f -> f.filename() != null && !f.filename().isEmpty()).toList();
    if (files.isEmpty()) {
      throw new BadRequestResponse("Choose at least one CSV file");
    }
    if (files.size() > MAX_FILES) {
      throw new BadRequestResponse("At most " + MAX_FILES + " files at once");
    }
    long total = 0;
    List<org.carepool.ingest.UploadedFile> uploads = new ArrayList<>();
    for (UploadedFile file : files) {
      checkName(file.filename());
      checkType(file);
      total += file.size();
      if (total > Guard.MAX_UPLOAD_BYTES) {
        throw new ContentTooLargeResponse("Requests (all files of an upload together) may be at most 50 MB");
      }
      uploads.add(new org.carepool.ingest.UploadedFile(file.filename(), read(file)));
    }
    return uploads;
  }

  static void checkName(String name) {
    if (name.contains("/") || name.contains("\\") || name.contains("..")) {
      throw new BadRequestResponse("File name '" + Sentences.printable(name, 80) + "': give the file itself, not a path");
    }
    if (!PLAIN_CSV_NAME.matcher(name).matches()) {
      throw new BadRequestResponse("File name '" + Sentences.printable(name, 80)
          + "': expected a name such as spend.csv (letters, digits, spaces, . _ ( ) -, ending in .csv)");
    }
  }

  private static void checkType(UploadedFile file) {
    String type = file.contentType() == null ? "" : file.contentType().toLowerCase().split(";")[0].strip();
    if (!CSV_TYPES.contains(type)) {
      throw new UnsupportedMediaTypeResponse("File '" + file.filename() + "' is " + type + ", not a CSV file");
    }
  }

  private static byte[] read(UploadedFile file) {
    try (InputStream in = file.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading upload " + file.filename(), e);
    }
  }
}
