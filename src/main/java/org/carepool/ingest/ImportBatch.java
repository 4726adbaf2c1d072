package org.carepool.ingest;

import java.time.Instant;

/** One recorded load of one file (SPEC §3): who, when, what, how many rows, and whether it went in. */
public record ImportBatch(long id, String entity, String fileName, String sha256, String loadedBy, Instant loadedAt,
    int rows, String outcome, int problemCount) {}
