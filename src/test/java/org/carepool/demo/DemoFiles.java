package org.carepool.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads generated files back the way an importer would: header first, RFC 4180. */
final class DemoFiles {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private DemoFiles() {}

  static List<CSVRecord> read(Path dir, String file) {
    try (var parser = parse(dir, file)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Streams a file too large to hold (activity.csv at scale). */
  static void forEach(Path dir, String file, Consumer<CSVRecord> action) {
    try (var parser = parse(dir, file)) {
      parser.forEach(action);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> header(Path dir, String file) {
    try (var parser = parse(dir, file)) {
      return parser.getHeaderNames();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long rows(Path dir, String file) {
    long[] count = {0};
    forEach(dir, file, record -> count[0]++);
    return count[0];
  }

  private static CSVParser parse(Path dir, String file) throws IOException {
    Reader reader = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
    return CSVParser.parse(reader, FORMAT);
  }
}
