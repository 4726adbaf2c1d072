package org.carepool.web;

import static org.carepool.web.Html.esc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.ingest.ImportBatch;
import org.carepool.ingest.ImportRejected;
import org.carepool.ingest.LoadedFile;
import org.carepool.ingest.Problem;

/** What the Data page shows: the upload form, what was loaded or why not, and the import history. */
final class DataPages {
  /** Problems listed one by one on the page; the API returns every problem kept. */
  static final int LISTED = 200;
  /** Above this many problems, a count by file and column comes first. */
  private static final int SUMMARISED = 20;

  private DataPages() {}

  static String uploadForm(String csrf) {
    return """
        <h2 id="load">Load CSV files</h2>
        <form class="stack" method="post" action="/data" enctype="multipart/form-data">%s
        <div><label for="files">CSV files (one or more, at most 50 MB in all)</label>
        <input id="files" name="files" type="file" accept=".csv,text/csv" multiple required></div>
        <div><button type="submit">Load files</button></div>
        </form>
        """.formatted(csrf == null ? "" : Html.hidden("csrf", csrf));
  }

  static String loaded(List<LoadedFile> files) {
    String rows = files.stream().map(f -> "<li>" + esc(f.fileName()) + ": " + count(f.rows()) + " " + esc(f.entity())
        + " row(s), import batch " + f.importBatch() + replaced(f) + "</li>").collect(Collectors.joining());
    return "<div class=\"message\" role=\"status\"><p>Loaded:</p><ul>" + rows + "</ul></div>";
  }

  /** Why an upload was refused: the true count, a count by file and column when there are many, then the first problems. */
  static String problems(ImportRejected rejected) {
    List<Problem> kept = rejected.problems();
    long total = rejected.problemCount();
    int listed = Math.min(LISTED, kept.size());
    String more = listed == total ? ""
        : "<p>The first " + count(listed) + " are listed below" + (total > SUMMARISED ? ", after a count by file and column"
            + (kept.size() < total ? " of the first " + count(kept.size()) + " found" : "") : "") + ".</p>";
    return "<div class=\"error\" role=\"alert\"><p>" + nothingLoaded(total) + ".</p>" + more + "<p><a href=\"#load\">Load the corrected files</a></p></div>" + (total > SUMMARISED ? summary(kept, total) : "")
        + "<div class=\"table-wrap\"><table id=\"problems\" class=\"cards\"><caption>Problems"
        + (listed == total ? "" : " (the first " + count(listed) + " of " + count(total) + ")") + "</caption><thead><tr>"
        + "<th scope=\"col\">File</th><th scope=\"col\" class=\"num\">Line</th><th scope=\"col\">Column</th>"
        + "<th scope=\"col\">Value</th><th scope=\"col\">Reason</th></tr></thead><tbody>"
        + kept.stream().limit(listed).map(DataPages::problem).collect(Collectors.joining()) + "</tbody></table></div>";
  }

  /** "Nothing was loaded: 2 problems to fix first": the page's first line, and the API's error. */
  static String nothingLoaded(long total) {
    return "Nothing was loaded: " + count(total) + (total == 1 ? " problem" : " problems") + " to fix first";
  }

  static String history(List<ImportBatch> batches) {
    String rows = batches.stream().map(b -> "<tr><td class=\"num\" data-label=\"Batch\">" + b.id() + "</td><td class=\"when\" data-label=\"When\">"
        + esc(Html.when(b.loadedAt())) + "</td><td data-label=\"Who\">" + esc(b.loadedBy()) + "</td><td data-label=\"File\">"
        + esc(b.fileName()) + "</td><td data-label=\"Loads\">" + esc(b.entity()) + "</td><td class=\"num\" data-label=\"Rows\">"
        + count(b.rows()) + "</td><td data-label=\"Outcome\">" + esc(b.outcome()) + "</td><td class=\"num\" data-label=\"Problems\">"
        + count(b.problemCount()) + "</td></tr>").collect(Collectors.joining());
    return "<h2>Import history</h2>" + (batches.isEmpty() ? "<p>No imports yet.</p>"
        : "<div class=\"table-wrap\"><table class=\"cards\"><thead><tr><th scope=\"col\" class=\"num\">Batch</th>"
          + "<th scope=\"col\">When (UK time)</th><th scope=\"col\">Who</th><th scope=\"col\">File</th><th scope=\"col\">Loads</th>"
          + "<th scope=\"col\" class=\"num\">Rows</th><th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">Problems</th>"
          + "</tr></thead><tbody>" + rows + "</tbody></table></div>");
  }

  private static String problem(Problem p) {
    return "<tr><td data-label=\"File\">" + esc(p.file()) + "</td><td class=\"num\" data-label=\"Line\">" + (p.line() > 0 ? p.line() : "")
        + "</td><td data-label=\"Column\">" + esc(p.column()) + "</td><td data-label=\"Value\">" + esc(p.value())
        + "</td><td data-label=\"Reason\">" + esc(p.reason()) + "</td></tr>";
  }

  /** How many problems each file and column has (over the problems kept), with the first of each as an example. */
  private static String summary(List<Problem> kept, long total) {
    Map<String, List<Problem>> groups = kept.stream()
        .collect(Collectors.groupingBy(p -> p.file() + "\u0000" + p.column(), LinkedHashMap::new, Collectors.toList()));
    String rows = groups.values().stream().map(g -> {
      Problem first = g.get(0);
      return "<tr><td data-label=\"File\">" + esc(first.file()) + "</td><td data-label=\"Column\">"
          + (first.column().isEmpty() ? "(whole row or file)" : esc(first.column())) + "</td><td class=\"num\" data-label=\"Problems\">"
          + count(g.size()) + "</td><td data-label=\"First\">" + (first.line() > 0 ? "line " + first.line() + ": " : "")
          + esc(first.reason()) + "</td></tr>";
    }).collect(Collectors.joining());
    return "<div class=\"table-wrap\"><table id=\"problem-summary\" class=\"cards\"><caption>Problems by file and column"
        + (kept.size() < total ? " (of the first " + count(kept.size()) + ")" : "") + "</caption><thead><tr>"
        + "<th scope=\"col\">File</th><th scope=\"col\">Column</th><th scope=\"col\" class=\"num\">Problems</th>"
        + "<th scope=\"col\">First</th></tr></thead><tbody>" + rows + "</tbody></table></div>";
  }

  /** What a load replaced, when it replaced anything (e.g. the months of activity it reloaded). */
  private static String replaced(LoadedFile file) {
    return file.replaced() == null || file.replaced().isBlank() ? "" : " — " + esc(file.replaced());
  }

  private static String count(long n) {
    return String.format("%,d", n);
  }
}
