/**
 * Wording shared by every feature: joining names into a sentence, quoting a value someone sent.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.db}, {@code org.carepool.finance},
 * {@code org.carepool.ingest}, {@code io.javalin}.
 */
package org.carepool.text;
