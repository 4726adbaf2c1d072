/**
 * carepool's refusals in three words: {@link org.carepool.error.NotFound},
 * {@link org.carepool.error.Refused} (with its problems; {@link org.carepool.error.Invalid} for a
 * malformed request) and {@link org.carepool.error.Conflict}. Each feature names its own refusals as
 * subclasses; {@code web.ErrorMapping} and the command line each map them in one place.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.db}, {@code org.carepool.finance},
 * {@code org.carepool.ingest}, {@code io.javalin}.
 */
package org.carepool.error;
