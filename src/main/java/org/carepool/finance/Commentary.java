package org.carepool.finance;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The finance lead's word on a variance for a month ({@code commentary.csv}, SPEC §3, or the page).
 *
 * @param scheme {@code null} for the pool as a whole
 * @param action the recovery action; {@code null} when none
 * @param owner  who owns the action; {@code null} when none
 * @param due    when it is due; {@code null} when not given
 */
public record Commentary(String arrangement, String scheme, YearMonth month, String commentary, String action,
    String owner, LocalDate due) {}
