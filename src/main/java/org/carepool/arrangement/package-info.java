/**
 * Boards and their arrangements: the listings, the lookups of one board or arrangement, and the
 * two "unknown" refusals ({@link org.carepool.arrangement.UnknownBoardException},
 * {@link org.carepool.arrangement.UnknownArrangementException}) every feature throws when a code
 * names nothing held.
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.report}, {@code org.carepool.schedule},
 * {@code org.carepool.ingest}, {@code org.carepool.finance}, {@code io.javalin}.
 */
package org.carepool.arrangement;
