package org.carepool.arrangement;

/** One pooled or aligned budget as listed by {@code GET /api/arrangements}. */
public record ArrangementSummary(String code, String name, String board, String model, String host, String boardName) {}
