package org.carepool.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.carepool.error.NotFound;
import org.carepool.error.Refused;
import org.carepool.finance.Reported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers a pack's sections (each report's figures, rendered for the pack) and its cover, and makes
 * the PDF and, when asked, the XLSX workbook from the same figures. A section whose figures cannot be
 * produced becomes a note in both, and is returned in {@link Pack#missing()}.
 */
final class PackBuilder {
  private static final Logger log = LoggerFactory.getLogger(PackBuilder.class);

  private final Function<ReportRequest, ReportData> data;
  private final Function<Collection<Long>, List<Reported.Batch>> batches;
  private final ReportRenderer renderer;
  private final Clock clock;

  /** {@code batches}: the import batches of these ids, for the cover's data sources in words. */
  PackBuilder(Function<ReportRequest, ReportData> data, Function<Collection<Long>, List<Reported.Batch>> batches,
      ReportRenderer renderer, Clock clock) {
    this.data = data;
    this.batches = batches;
    this.renderer = renderer;
    this.clock = clock;
  }

  Pack build(PackRequest request, PackProgress progress) {
    ExecutorService fills = Executors.newFixedThreadPool(FILLERS, PackBuilder::filler);
    try {
      List<PackSection> sections = sections(request, fills, progress);
      PackCover cover = cover(request, sections);
      RenderedReport pdf = new RenderedReport(cover.fileName() + ".pdf", Format.PDF.contentType(),
          new PackAssembler().assemble(cover, PackSummary.of(request.arrangements(), sections), sections));
      Optional<RenderedReport> workbook = request.withWorkbook() ? Optional.of(workbook(request, cover, sections))
          : Optional.empty();
      return new Pack(pdf, workbook, cover.missing());
    } finally {
      fills.shutdownNow();
    }
  }

  /**
   * Sections are filled on as many threads as there are cores while the pack's one PDF export, on the
   * caller's thread, works through the sections already filled.
   */
  private static final int FILLERS = Runtime.getRuntime().availableProcessors();

  private static Thread filler(Runnable work) {
    Thread thread = new Thread(work, "pack-fill");
    thread.setDaemon(true);
    return thread;
  }

  /** The workbook alone (a download of the pack as XLSX): no PDF is rendered. */
  RenderedReport workbook(PackRequest request) {
    List<PackSection> sections = sections(request, null, PackProgress.NONE);
    return workbook(request, cover(request, sections), sections);
  }

  private static RenderedReport workbook(PackRequest request, PackCover cover, List<PackSection> sections) {
    return new RenderedReport(cover.fileName() + ".xlsx", Format.XLSX.contentType(),
        PackWorkbook.write(cover, PackSummary.of(request.arrangements(), sections), sections));
  }

  /**
   * A section to make: its title, what it reports and, for an arrangement's report, the bookmark
   * heading it nests under (null for a board-wide report).
   */
  private record Planned(String title, ReportRequest report, String heading, String reportTitle) {}

  /**
   * For each arrangement its reports in the order asked, then the board-wide reports. Sections are
   * independent (each reads its figures in its own transaction and fills its own print), so their
   * figures are read side by side on the common pool; the list keeps pack order. With {@code fills}
   * (a PDF is being made) each produced section's report is filled there as soon as its figures are
   * read, and the section is returned before its fill ends, so the export can begin on the first
   * while the rest are filled.
   */
  private List<PackSection> sections(PackRequest request, ExecutorService fills, PackProgress progress) {
    List<Planned> planned = planned(request);
    AtomicInteger made = new AtomicInteger();
    Runnable oneMade = () -> progress.sectionsMade(made.incrementAndGet(), planned.size());
    progress.sectionsMade(0, planned.size());
    return planned.parallelStream().map(p -> {
      PackSection section = section(request, p.title(), p.report());
      if (fills != null && section.produced()) {
        section = filling(section, fills, oneMade);
      } else {
        oneMade.run();
      }
      return p.heading() == null ? section : section.in(p.heading(), p.reportTitle());
    }).toList();
  }

  private List<Planned> planned(PackRequest request) {
    List<Planned> planned = new ArrayList<>();
    for (PackRequest.Arrangement arrangement : request.arrangements()) {
      for (ReportId report : request.reports()) {
        if (!boardWide(report)) {
          String heading = arrangement.code() + " " + arrangement.name();
          planned.add(new Planned(report.title() + ", " + heading,
              ReportRequest.forArrangement(report, arrangement.code(), request.month(), Format.PDF),
              heading, report.title()));
        }
      }
    }
    for (ReportId report : request.reports()) {
      if (boardWide(report)) {
        planned.add(new Planned(report.title() + ", " + boardName(request),
            new ReportRequest(report, null, request.board(), request.month(), Format.PDF), null, null));
      }
    }
    return planned;
  }

  /**
   * The section with its report being filled on {@code fills}, begun as soon as its figures are read;
   * {@code made} is told when the fill ends.
   */
  private PackSection filling(PackSection read, ExecutorService fills, Runnable made) {
    CompletableFuture<SectionPrint> print = CompletableFuture.supplyAsync(() -> renderer.fillForPack(read.data()), fills);
    print.whenComplete((filled, failed) -> made.run());
    return PackSection.filling(read.title(), read.data(), print);
  }

  /**
   * The section's figures, or a note when they cannot be worked out (a data gap: the rest of the pack
   * still goes out): a refusal or something not found. Anything else (a {@link ReportException}, a defect) is a
   * fault in carepool and fails the whole pack, so the run fails and the admins are alerted.
   */
  private PackSection section(PackRequest pack, String title, ReportRequest request) {
    try {
      return PackSection.of(title, data.apply(request), null);
    } catch (Refused | NotFound e) { // a data gap; anything else is a fault that fails the whole pack
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      log.warn("Board pack {} {}: section '{}' not produced: {}", pack.board(), pack.month(), title, why);
      return PackSection.missing(title, why);
    }
  }

  private PackCover cover(PackRequest request, List<PackSection> sections) {
    SortedSet<Long> batches = new TreeSet<>();
    sections.stream().filter(PackSection::produced).forEach(s -> batches.addAll(s.data().context().importBatches()));
    List<MissingSection> missing = sections.stream().filter(s -> !s.produced())
        .map(s -> new MissingSection(s.title(), s.missing())).toList();
    return new PackCover(request.board(), boardName(request), request.month(), ZonedDateTime.now(clock),
        request.arrangements().stream().map(a -> arrangement(request, a, sections)).toList(), batches, missing,
        request.meeting(), allClosed(request, sections), DataSources.of(sections, this.batches.apply(batches)));
  }

  /**
   * Whether every arrangement's month is closed (the pack is FINAL): read from its I&amp;E section, or
   * when the pack has none, from its I&amp;E worked out now; an I&amp;E that cannot be worked out is not closed.
   */
  private boolean allClosed(PackRequest request, List<PackSection> sections) {
    if (request.arrangements().isEmpty()) {
      return false;
    }
    for (PackRequest.Arrangement a : request.arrangements()) {
      Optional<IncomeExpenditureReport> ie = sections.stream().filter(PackSection::produced).map(PackSection::data)
          .filter(d -> d instanceof IncomeExpenditureReport && d.context().arrangement().equals(a.code()))
          .map(IncomeExpenditureReport.class::cast).findFirst();
      try {
        IncomeExpenditureReport report = ie.orElseGet(() -> (IncomeExpenditureReport) data.apply(
            ReportRequest.forArrangement(ReportId.INCOME_EXPENDITURE, a.code(), request.month(), Format.PDF)));
        if (report.reported() == null) {
          return false;
        }
      } catch (Refused | NotFound notReportable) {
        return false;
      }
    }
    return true;
  }

  /** Model and host from a report of the arrangement in the pack, or from its performance when none was produced. */
  private PackCover.Arrangement arrangement(PackRequest request, PackRequest.Arrangement a, List<PackSection> sections) {
    Optional<ReportContext> context = sections.stream().filter(PackSection::produced).map(s -> s.data().context())
        .filter(c -> c.model() != null && c.arrangement().equals(a.code())).findFirst();
    try {
      ReportContext c = context.orElseGet(() -> data.apply(ReportRequest.forArrangement(ReportId.PERFORMANCE,
          a.code(), request.month(), Format.PDF)).context());
      return new PackCover.Arrangement(a.code(), a.name(), Wording.model(c.model()), c.host());
    } catch (Refused | NotFound e) {
      return new PackCover.Arrangement(a.code(), a.name(), null, null);
    }
  }

  private static String boardName(PackRequest request) {
    return request.boardName() == null || request.boardName().isBlank() ? request.board() : request.boardName();
  }

  /** Reports about a whole board rather than one arrangement: they follow the arrangements in a pack. */
  private static boolean boardWide(ReportId report) {
    return report == ReportId.SPEND_MAPPING;
  }
}
