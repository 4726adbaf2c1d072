/**
 * Income and expenditure of pooled budgets (SPEC §4): income by partner, scheme forecasts with
 * their basis, variances and ratings, the pool position, who carries the overspend, the reserve
 * statement and the cost split.
 *
 * <p>The public face is {@link org.carepool.finance.IncomeExpenditureService}: in one SERIALIZABLE
 * transaction it reads a {@code Ledger} from the store ({@code FinanceRepository}: contributions,
 * schemes with their risk class, the latest forecast of the year at or before the month, the year's
 * {@code agreement_terms}, {@code risk_step} rows and opening reserve) and hands it to
 * {@code IncomeExpenditureCalculator}, which turns it into an
 * {@link org.carepool.finance.IncomeExpenditure} by pure arithmetic on {@code BigDecimal};
 * {@link org.carepool.finance.DataQuality} says where the data behind it is thin.
 *
 * <p>How the figures are made: {@code Forecasts} picks each scheme's forecast and basis in the
 * SPEC's order (OUTTURN at k = 12, ANALYST, CARRIED_FORWARD, then the year's method) and words the
 * forecast notes; {@code Ratings} gives the RAG from the exact fraction. The risk share is a small
 * rule engine, {@code RiskShares}: it takes the shareable overspend {@code O_s} and either runs the
 * agreement's steps, each a {@code RiskStep} ({@code ReserveStep}, {@code FirstStep},
 * {@code SharesStep}, {@code RestStep}) taking part of what remains and writing it to an
 * {@code Allocation}, or shares {@code O_s} at once with a {@code ShareRule} ({@code SharesRule},
 * {@code HostRule}, {@code OwnPooledRule}, {@code OwnAlignedRule}, and for the underspend terms
 * {@code SharesRule("UNDERSPEND")}, {@code HostRule("UNDERSPEND")}, {@code ReserveUnderspend});
 * then the FIXED schemes' variances are put on the host (ALIGNED: their funders). It checks that
 * what partners carry, the reserve drawn less the underspend added, the unallocated remainder and
 * the ring-fenced variances add up to the overspend {@code O} to the penny.
 *
 * <p>Rounding lives in two package-private places: {@code Money} ({@code fraction}: multiply, then
 * one division rounded to the penny, half up — also for limits and caps from percentages, which are
 * rounded before use; {@code percent}: a variance % to one decimal, for display only) and
 * {@code Apportionment.split} (every split among partners, remainder to the largest share, ties to
 * the lowest organisation code, so the parts sum exactly to the whole).
 *
 * <p>Decisions where SPEC §4 is silent:
 * <ul>
 *   <li>Only loaded forecasts (ANALYST, CARRIED_FORWARD) get the "below the actual to date" note; a
 *       run rate below a negative actual is arithmetic, not an analyst's claim. At k = 12 only a
 *       forecast loaded for March itself is noted as ignored; an earlier one carried forward is not.</li>
 *   <li>ALIGNED has no pool: it always follows OWN, and any steps, reserve or underspend term stored
 *       for it are not applied (the importer refuses them too); ring-fenced variances are still
 *       shown as carried forward.</li>
 *   <li>A shareable overspend of exactly 0 follows the rule (OWN still shows each partner's own
 *       variance and the budget gap); steps run only for {@code O_s > 0}.</li>
 *   <li>RAG: every underspend is GREEN; an on-budget scheme (0%) is GREEN unless amber is set to 0,
 *       where 0% "reaches" amber as the SPEC's words read. A negative budget compares the fraction
 *       with its sign (cross-multiplied, never rounded).</li>
 *   <li>All FIXED variances of a pooled arrangement fall to the host as one {@code FIXED} part;
 *       under ALIGNED each funder has its own. Parts of 0.00 are left out; a partner carrying
 *       nothing has no parts and amount 0.00.</li>
 *   <li>A {@code RESERVE} step draws at most what earlier {@code RESERVE} steps of the same ladder
 *       left; the closing balance is {@code opening − drawn + underspend added}.</li>
 *   <li>The cost split lists the contributors (by {@code C_p / C}); a host that contributes nothing
 *       has no row there, but is listed in the risk share.</li>
 *   <li>The notify notice compares {@code O / C × 100} with {@code notify_pct} exactly; it names the
 *       host (ALIGNED: the partners notify each other).</li>
 * </ul>
 *
 * <p>Month close (SPEC §4.9), by {@link MonthCloses}:
 * <ul>
 *   <li>Closing works out the statement and keeps it in the same SERIALIZABLE transaction: the whole
 *       {@link IncomeExpenditureStatement} as JSON ({@code month_close.statement}, written and read by
 *       the same records, so the statement read back equals the one reported), plus the pool and scheme
 *       forecasts as numbers and the import batches it rested on. A month closes once (409 after);
 *       reopening (ADMIN, with a reason) moves the close into {@code month_reopen}.</li>
 *   <li>Previous forecast and movement come from the kept forecasts of the latest closed month of the
 *       same year before the report month, never from that month worked out again; the service reads
 *       them and hands them to the calculator ({@link PreviousForecasts}), which stays pure. A scheme the
 *       close did not report has no previous forecast.</li>
 *   <li>A closed month is <b>restated</b> when its figures worked out now differ in any way from the kept
 *       ones (commentary aside); {@code changedBy} names the import batches behind the figures now that
 *       the kept statement did not rest on. {@code as=reported} returns the kept statement, saying so
 *       and whether it has been restated since; {@code as=now} (the default) the figures now.</li>
 *   <li>Key variances ({@link KeyVariances}): rated AMBER or RED, or moved by at least 1% of the
 *       budget (pool: of contributions) or £50,000, whichever is smaller. A fixed threshold, because
 *       SPEC §3 forbids adding a column to {@code agreement_terms.csv} silently.</li>
 *   <li>A delivered scheduled pack closes its month for each arrangement of its board (by
 *       {@code PACK}, as "schedule &lt;id&gt;"); a month closed already is left as it is; an INCOMPLETE
 *       pack closes nothing.</li>
 * </ul>
 *
 * <p>Must not import: {@code org.carepool.web}, {@code org.carepool.report}, {@code org.carepool.schedule},
 * {@code org.carepool.ingest}, {@code io.javalin}, {@code net.sf.jasperreports}.
 */
package org.carepool.finance;
