package org.carepool.ingest;

import java.time.Instant;

/**
 * One recorded load of one file (SPEC §3): who, when, what, how many rows, whether it went in, and
 * for a loaded file what it replaced (e.g. the months of activity and the stored rows each lost and gained).
 */
public record ImportBatch(long id, String entity, String fileName, String sha256, String loadedBy, Instant loadedAt,
    int rows, String outcome, int problemCount, String replaced) {}
