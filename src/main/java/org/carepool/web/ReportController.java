package org.carepool.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.carepool.arrangement.ArrangementService;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.report.BoardPackRequest;
import org.carepool.report.Downloads;
import org.carepool.report.FileRequest;
import org.carepool.report.Format;
import org.carepool.report.RenderedReport;
import org.carepool.report.ReportId;
import org.carepool.report.ReportRequest;
import org.carepool.report.Units;

/**
 * The Reports page (VIEWER), its download, and {@code GET /api/reports/{report}}. A refused
 * choice is shown above the chooser with every choice kept ({@link ErrorMapping}); an unknown
 * arrangement or board is a 404, like everywhere else.
 */
final class ReportController {
  private static final Pattern DOWNLOAD_TOKEN = Pattern.compile("[A-Za-z0-9]{8,40}");

  private final Downloads downloads;
  private final IncomeExpenditureService incomeExpenditure;
  private final ArrangementService arrangements;
  private final Cookies cookies;

  ReportController(Downloads downloads, IncomeExpenditureService incomeExpenditure, ArrangementService arrangements,
      Cookies cookies) {
    this.downloads = downloads;
    this.incomeExpenditure = incomeExpenditure;
    this.arrangements = arrangements;
    this.cookies = cookies;
  }

  void page(Context ctx) {
    String headline = "";
    if (ctx.queryParam("arrangement") != null && ctx.queryParam("month") != null) {
      String arrangement = required(ctx, "arrangement");
      YearMonth month = Months.required(ctx, "month");
      headline = ReportPages.headline(ctx, incomeExpenditure.statement(arrangement, month), month)
          + CloseController.closeForm(ctx, arrangement, month);
    }
    ctx.html(Page.of(ctx, "Reports", body(ctx) + headline));
  }

  /** The chooser, keeping what the query chose: also what {@link ErrorMapping} shows under an error. */
  String body(Context ctx) {
    return ReportPages.chooser(ctx, arrangements.list(), arrangements.latestSpendMonths());
  }

  void download(Context ctx) {
    serve(ctx, ctx.queryParamAsClass("report", String.class).check(ReportPages::known, "one of " + ReportPages.ids()).get());
  }

  void api(Context ctx) {
    serve(ctx, ctx.pathParamAsClass("report", String.class).check(ReportPages::known, "one of " + ReportPages.ids()).get());
  }

  /**
   * A download whose data has not changed since the caller's copy is 304 (not audited: nothing was
   * handed out); otherwise the file, with its tag. Caches may keep it but must ask again each time.
   */
  private void serve(Context ctx, String report) {
    FileRequest request = request(ctx, report);
    String etag = downloads.etag(request);
    if (etag.equals(ctx.header(Header.IF_NONE_MATCH))) {
      tagged(ctx, etag).status(HttpStatus.NOT_MODIFIED);
      return;
    }
    RenderedReport file = downloads.file(request, Guard.user(ctx).username(), ctx.ip());
    String token = ctx.queryParam("download_token");
    if (token != null && DOWNLOAD_TOKEN.matcher(token).matches()) {
      cookies.downloaded(ctx, token); // tells the page's script the file has arrived
    }
    tagged(ctx, etag); // a file only, never an error answer
    Attachment.send(ctx, file.fileName(), file.contentType(), file.content());
  }

  /** Caches (the browser's) may keep the file but must ask again each time: the tag makes asking cheap. */
  private static Context tagged(Context ctx, String etag) {
    return ctx.header(Header.ETAG, etag).header(Header.CACHE_CONTROL, "private, no-cache");
  }

  private static FileRequest request(Context ctx, String report) {
    if (report.equals(BoardPackRequest.ID)) {
      String board = required(ctx, "board");
      return new BoardPackRequest(board, Months.required(ctx, "month"), format(ctx, "Board pack", BoardPackRequest.FORMATS));
    }
    ReportId id = ReportId.byId(report).orElseThrow();
    String code = required(ctx, id.boardWide() ? "board" : "arrangement");
    Format format = format(ctx, id.title(), id.formats());
    YearMonth month = Months.required(ctx, "month");
    return new ReportRequest(id, id.boardWide() ? null : code, id.boardWide() ? code : null, month, format,
        FinanceController.view(ctx), units(ctx));
  }

  /** {@code units=pounds|thousands}; none: the format's default. */
  private static Units units(Context ctx) {
    return ctx.queryParam("units") == null ? null : Units.parse(ctx.queryParamAsClass("units", String.class)
        .check(u -> u.equals("pounds") || u.equals("thousands"), "pounds or thousands").get());
  }

  private static Format format(Context ctx, String title, Set<Format> formats) {
    String format = ctx.queryParamAsClass("format", String.class)
        .check(f -> ReportPages.format(f).filter(formats::contains).isPresent(), title + " comes as "
            + formats.stream().map(f -> f.extension().toUpperCase()).collect(Collectors.joining(", ")))
        .get();
    return ReportPages.format(format).orElseThrow();
  }

  /** A code that must be given (400 when missing); whether it exists is the service's to say (404). */
  private static String required(Context ctx, String param) {
    return ctx.queryParamAsClass(param, String.class).check(c -> c != null && !c.isBlank(), "required").get();
  }
}
