package org.carepool.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.ingest.ImportBatch;
import org.carepool.ingest.ImportRejected;
import org.carepool.ingest.LoadedFile;
import org.carepool.ingest.Problem;

/** What the Data page's templates ({@code data.jte}, {@code dataBody.jte}, {@code dataProblems.jte}) show, and its wording. */
final class DataPages {
  /** Problems listed one by one on the page; the API returns every problem kept. */
  static final int LISTED = 200;
  /** Above this many problems, a count by file and column comes first. */
  private static final int SUMMARISED = 20;

  private DataPages() {}

  /** The upload form ({@code csrf} null: none) and the import history. */
  record Body(String csrf, List<ImportBatch> batches) {}

  /** How many problems one file and column has, with the first of them as an example. */
  record Group(Problem first, int count) {}

  /** A refused upload: the problems kept (the first ones found) and how many there were in all. */
  record Rejection(List<Problem> kept, long total) {
    List<Problem> listed() {
      return kept.subList(0, Math.min(LISTED, kept.size()));
    }

    boolean summarised() {
      return total > SUMMARISED;
    }

    List<Group> groups() {
      Map<String, List<Problem>> groups = kept.stream()
          .collect(Collectors.groupingBy(p -> p.file() + "\u0000" + p.column(), LinkedHashMap::new, Collectors.toList()));
      return groups.values().stream().map(g -> new Group(g.get(0), g.size())).toList();
    }

    /** Null when every problem is listed. */
    String more() {
      int listed = listed().size();
      return listed == total ? null : "The first " + count(listed) + " are listed below" + (summarised()
          ? ", after a count by file and column" + (kept.size() < total ? " of the first " + count(kept.size()) + " found" : "")
          : "") + ".";
    }

    String summaryOf() {
      return kept.size() < total ? " (of the first " + count(kept.size()) + ")" : "";
    }

    String listedOf() {
      int listed = listed().size();
      return listed == total ? "" : " (the first " + count(listed) + " of " + count(total) + ")";
    }
  }

  /** The refusal as {@link ErrorMapping} shows it above the Data page's form. */
  static String problems(Context ctx, ImportRejected rejected) {
    return Page.part(ctx, "dataProblems.jte", Map.of("rejection", new Rejection(rejected.problems(), rejected.problemCount())));
  }

  /** "Nothing was loaded: 2 problems to fix first": the page's first line, and the API's error. */
  static String nothingLoaded(long total) {
    return "Nothing was loaded: " + count(total) + (total == 1 ? " problem" : " problems") + " to fix first";
  }

  /** What a load replaced, when it replaced anything (e.g. the months of activity it reloaded). */
  static String replaced(LoadedFile file) {
    return file.replaced() == null || file.replaced().isBlank() ? "" : " — " + file.replaced();
  }

  static String count(long n) {
    return String.format("%,d", n);
  }
}
