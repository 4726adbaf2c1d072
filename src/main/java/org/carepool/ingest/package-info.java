/**
 * Loading SPEC §3 import files. {@link org.carepool.ingest.Importer} is the one entry point.
 *
 * <p>How a load runs: the files (given as paths, folders or uploads) are sorted into dependency
 * order; inside one transaction each file is read a first time and every row checked ({@code Row}
 * collects every problem; {@code Catalogue} holds the codes of the store plus those of files
 * checked earlier in the load); while no file of the load has a problem, each checked file is read
 * a second time and written ({@code EntityFile.write}). {@code activity.csv} is read once
 * ({@code StreamedFile}): one thread parses the CSV ({@code RecordsAhead}), a second checks each
 * row, and the load's thread bulk-inserts the clean rows as they come ({@code CheckedRows}); its
 * summaries are summed on the way ({@code ActivityTally}). Any problem rejects the whole load and the transaction is rolled back,
 * so nothing is written but one REJECTED {@code import_batch} row per file, in its own
 * transaction after the rollback; so does any other failure, named in the same way.
 *
 * <p>Decisions where SPEC §3 is silent:
 * <ul>
 *   <li>Negative money is allowed only in {@code spend.csv} (credits). Contributions, budgets,
 *       activity cost (the schema says so) and forecast outturns (compared with a budget) may not be negative.</li>
 *   <li>Money: at most 2 decimals that are not zero ({@code 10.500} is 10.50), 13 digits before the
 *       point (DECIMAL(15,2)); KPI figures at most 4 decimals; shares at most 6 (DECIMAL(9,6)), 0–100.</li>
 *   <li>A month lies within an arrangement when any of its days does (start_date mid-month counts).</li>
 *   <li>Values and header names are stripped of surrounding blanks; blank lines are skipped (but counted
 *       for line numbers); invalid UTF-8 is a problem, a byte-order mark is not.</li>
 *   <li>In a folder, a {@code .csv} file with an unknown name is a problem (a typo must not be skipped
 *       silently); other files are ignored. Two files of the same kind in one load are a problem.</li>
 *   <li>{@code import_batch.loaded_at} is UTC. At most {@value org.carepool.ingest.ProblemLog#KEPT}
 *       problems are kept (all are counted); a batch's problems text holds its file's first 1,000.</li>
 *   <li>Activity record ids are checked for uniqueness with a 64-bit hash per row in a hash set, as
 *       each row is read; only clashing hashes are looked at again, so nothing is misreported.</li>
 *   <li>Agreements (SPEC §4.1–4.4): an empty setting of {@code agreement_terms.csv} is stored as not set
 *       (NULL), never as the default; amber must lie below red, each as given or at its default.
 *       {@code risk_steps.csv} replaces the whole ladder of each (arrangement, year) it holds; a step's
 *       party is {@code HOST}, the host, or an organisation contributing that year (stored or in the
 *       same load). ALIGNED arrangements take no steps, no reserve and no underspend term. A
 *       {@code schemes.csv} without {@code risk_class} leaves stored classes as they are.</li>
 *   <li>A load replaces every activity month its file holds (see docs/import-formats.md); the
 *       result and {@code import_batch.replaced} say how many stored rows each month lost and gained.</li>
 * </ul>
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.report}, {@code org.carepool.schedule},
 * {@code org.carepool.finance}, {@code org.carepool.indicators}, {@code io.javalin}.
 */
package org.carepool.ingest;
