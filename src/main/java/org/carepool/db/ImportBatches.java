package org.carepool.db;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * The import batches a report rests on, gathered from many tables in one query: a report's footer names
 * them, and a 40-arrangement pack asked for them in some 800 small queries, each with its own sort.
 */
public final class ImportBatches {

  private ImportBatches() {
  }

  /** The distinct batch numbers the selects find, in one {@code UNION} (which drops duplicates itself). */
  public static SortedSet<Long> of(DSLContext dsl, List<? extends Select<Record1<Long>>> sources) {
    Select<Record1<Long>> union = sources.get(0);
    for (Select<Record1<Long>> source : sources.subList(1, sources.size())) {
      union = union.union(source);
    }
    return new TreeSet<>(dsl.fetch(union).getValues(0, Long.class));
  }
}
