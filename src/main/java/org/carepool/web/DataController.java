package org.carepool.web;

import static org.carepool.web.Html.esc;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.audit.Audit;

/** The Data page (ANALYST) and {@code POST /api/imports}: upload CSV files, see every problem, see past imports. */
final class DataController {
  private final DataLoads loads;
  private final Audit audit;

  DataController(DataLoads loads, Audit audit) {
    this.loads = loads;
    this.audit = audit;
  }

  void page(Context ctx) {
    ctx.html(Page.of(ctx, "Data", DataPages.uploadForm(Guard.csrf(ctx)) + DataPages.history(loads.history(50))));
  }

  void upload(Context ctx) {
    DataLoads.LoadOutcome outcome = load(ctx);
    ctx.status(outcome instanceof DataLoads.Rejected ? 422 : 200)
        .html(Page.of(ctx, "Data", DataPages.outcome(outcome) + DataPages.uploadForm(Guard.csrf(ctx))
            + DataPages.history(loads.history(50))));
  }

  void api(Context ctx) {
    DataLoads.LoadOutcome outcome = load(ctx);
    if (outcome instanceof DataLoads.Rejected rejected) {
      ctx.status(422).json(Map.of("outcome", "REJECTED", "problems", rejected.problems()));
    } else {
      ctx.json(Map.of("outcome", "LOADED", "files", ((DataLoads.Loaded) outcome).files()));
    }
  }

  private DataLoads.LoadOutcome load(Context ctx) {
    List<DataLoads.CsvUpload> files = Uploads.csvFiles(ctx);
    String who = Guard.user(ctx).username();
    DataLoads.LoadOutcome outcome = loads.load(files, who);
    String names = files.stream().map(DataLoads.CsvUpload::fileName).collect(Collectors.joining(", "));
    if (outcome instanceof DataLoads.Rejected rejected) {
      audit.record(who, "IMPORT_REJECTED", names + ": " + rejected.problems().size() + " problem(s)", ctx.ip());
    } else {
      audit.record(who, "IMPORT_LOADED", names, ctx.ip());
    }
    return outcome;
  }

  /** What the Data page shows; kept apart so the controller stays a handful of lines. */
  static final class DataPages {
    private DataPages() {}

    static String uploadForm(String csrf) {
      return """
          <h2>Load CSV files</h2>
          <form class="stack" method="post" action="/data" enctype="multipart/form-data">%s
          <div><label for="files">CSV files (one or more, at most 50 MB in all)</label>
          <input id="files" name="files" type="file" accept=".csv,text/csv" multiple required></div>
          <div><button type="submit">Load files</button></div>
          </form>
          """.formatted(csrf == null ? "" : Html.hidden("csrf", csrf));
    }

    static String outcome(DataLoads.LoadOutcome outcome) {
      if (outcome instanceof DataLoads.Rejected rejected) {
        String rows = rejected.problems().stream().map(p -> "<tr><td>" + esc(p.file()) + "</td><td class=\"num\">"
            + (p.line() > 0 ? p.line() : "") + "</td><td>" + esc(p.column()) + "</td><td>" + esc(p.value()) + "</td><td>"
            + esc(p.reason()) + "</td></tr>").collect(Collectors.joining());
        return "<div class=\"error\" role=\"alert\"><p>Nothing was loaded: " + rejected.problems().size()
            + " problem(s) to fix first.</p></div><div class=\"table-wrap\"><table id=\"problems\"><caption>Problems</caption><thead><tr>"
            + "<th scope=\"col\">File</th><th scope=\"col\" class=\"num\">Line</th><th scope=\"col\">Column</th>"
            + "<th scope=\"col\">Value</th><th scope=\"col\">Reason</th></tr></thead><tbody>" + rows + "</tbody></table></div>";
      }
      String rows = ((DataLoads.Loaded) outcome).files().stream().map(f -> "<li>" + esc(f.fileName()) + ": " + f.rows()
          + " " + esc(f.entity()) + " row(s), import batch " + f.importBatch() + "</li>").collect(Collectors.joining());
      return "<div class=\"message\" role=\"status\"><p>Loaded:</p><ul>" + rows + "</ul></div>";
    }

    static String history(List<DataLoads.ImportBatchLine> batches) {
      String rows = batches.stream().map(b -> "<tr><td class=\"num\">" + b.id() + "</td><td>" + esc(Html.when(b.loadedAt()))
          + "</td><td>" + esc(b.loadedBy()) + "</td><td>" + esc(b.fileName()) + "</td><td>" + esc(b.entity())
          + "</td><td class=\"num\">" + b.rows() + "</td><td>" + esc(b.outcome()) + "</td><td class=\"num\">" + b.problems()
          + "</td></tr>").collect(Collectors.joining());
      return "<h2>Import history</h2>" + (batches.isEmpty() ? "<p>No imports yet.</p>"
          : "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\" class=\"num\">Batch</th><th scope=\"col\">When</th>"
            + "<th scope=\"col\">Who</th><th scope=\"col\">File</th><th scope=\"col\">Loads</th><th scope=\"col\" class=\"num\">Rows</th>"
            + "<th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">Problems</th></tr></thead><tbody>" + rows
            + "</tbody></table></div>");
    }
  }
}
