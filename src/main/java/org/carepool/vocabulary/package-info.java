/**
 * The code lists SPEC §1 and §3 define (care types and their balance of care, age bands), shared
 * by import and indicators.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.db}, {@code org.carepool.ingest},
 * {@code org.carepool.indicators}, {@code io.javalin}.
 */
package org.carepool.vocabulary;
