package org.carepool;

import java.util.List;
import org.carepool.ingest.ImportRejected;
import org.carepool.ingest.UploadedFile;
import org.carepool.web.DataLoads;
import org.carepool.web.UploadRejected;

/** The web page's Data seam, served by the audited importer; a rejection keeps its full problem count. */
final class WebDataLoads implements DataLoads {
  private final AuditedImporter imports;

  WebDataLoads(AuditedImporter imports) {
    this.imports = imports;
  }

  @Override
  public List<LoadedFile> load(List<CsvUpload> files, String loadedBy, String address) {
    List<UploadedFile> uploads = files.stream().map(f -> new UploadedFile(f.fileName(), f.content())).toList();
    try {
      return imports.load(uploads, loadedBy, address).files().stream()
          .map(f -> new LoadedFile(f.fileName(), f.entity(), f.rows(), f.batchId()))
          .toList();
    } catch (ImportRejected rejected) {
      throw new UploadRejected(rejected.problems().stream()
          .map(p -> new Problem(p.file(), p.line(), p.column(), p.value(), p.reason()))
          .toList(), rejected.problemCount());
    }
  }

  @Override
  public List<ImportBatchLine> history(int limit) {
    return imports.importer().recentBatches(limit).stream()
        .map(b -> new ImportBatchLine(b.id(), b.entity(), b.fileName(), b.loadedBy(), b.loadedAt(), b.rows(),
            b.outcome(), b.problemCount()))
        .toList();
  }
}
