package org.carepool.ingest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds activity record ids used twice — within a file or against stored months — in 8 to 16
 * bytes a row: a 64-bit hash of every id is kept in a set as the row is read (on the reading
 * thread, while the rows are written), and only ids whose hash clashes are looked at again
 * (re-reading the file), so a hash collision never produces a false report.
 */
final class RecordIds {
  private static final int MAX_STORED_CLASHES = ProblemLog.KEPT;

  private final LongHashSet hashes = new LongHashSet();
  private final Set<Long> duplicateHashes = new HashSet<>();

  /** Sizes the hash set for about {@code rows} ids ahead. */
  void expect(long rows) {
    hashes.expect(rows);
  }

  void add(String id) {
    long hash = hash(id);
    if (!hashes.add(hash)) {
      duplicateHashes.add(hash);
    }
  }

  boolean hasDuplicateHashes() {
    return !duplicateHashes.isEmpty();
  }

  /** Stored ids (of months outside {@code months}) whose hash is one of the file's, with their month. */
  Map<String, LocalDate> storedClashes(org.jooq.DSLContext trx, ImportRepository repository,
      Collection<LocalDate> months) {
    Map<String, LocalDate> clashes = new HashMap<>();
    repository.storedActivityIds(trx, months, (id, month) -> {
      if (clashes.size() < MAX_STORED_CLASHES && hashes.contains(hash(id))) {
        clashes.put(id, month);
      }
    });
    return clashes;
  }

  /** Re-reads the file and reports each id used twice in it, and each id already stored for another month. */
  void reportClashes(FinishContext context, Map<String, LocalDate> stored) {
    Map<String, Long> firstLine = new HashMap<>();
    context.source().read(new ProblemLog(), row -> {
      String id = row.text("record_id");
      if (id == null) {
        return;
      }
      LocalDate storedMonth = stored.get(id);
      if (storedMonth != null) {
        context.problem(row.line(), "record_id", id, "record_id '" + id + "' is already loaded for month "
            + storedMonth.toString().substring(0, 7) + " (a load replaces only the months its file holds)");
      }
      if (duplicateHashes.contains(hash(id))) {
        Long earlier = firstLine.putIfAbsent(id, row.line());
        if (earlier != null) {
          context.problem(row.line(), "record_id", id, "duplicate record_id '" + id + "': also on line " + earlier);
        }
      }
    }, ImportProgress.none());
  }

  /** FNV-1a over the chars, then a finalising mix; no allocation. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
