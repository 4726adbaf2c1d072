package org.carepool.ingest;

/**
 * One file of a successful load.
 *
 * @param fileName the file's name, e.g. {@code spend.csv}
 * @param entity   what it loads, as recorded in {@code import_batch.entity}, e.g. {@code spend}
 * @param importBatch the {@code import_batch} row its data rows carry
 * @param rows     data rows read (the header not counted)
 * @param replaced what the load replaced, for people, e.g. "2 (arrangement, month) slices: BCF1 2025-04, BCF1 2025-05"
 */
public record LoadedFile(String fileName, String entity, long importBatch, long rows, String replaced) {
}
