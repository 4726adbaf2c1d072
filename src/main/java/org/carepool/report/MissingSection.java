package org.carepool.report;

/** A section of a pack that could not be produced, e.g. "Income and expenditure, LB1 …", and why. */
public record MissingSection(String title, String reason) {}
