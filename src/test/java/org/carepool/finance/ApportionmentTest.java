package org.carepool.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  private static BigDecimal pounds(String amount) {
    return new BigDecimal(amount);
  }

  private static final Apportionment THREE_EQUAL = Apportionment.byContributions(Map.of(
      "CCG", pounds("100000.00"), "LA", pounds("100000.00"), "NHST", pounds("100000.00")));

  @Test
  void shares_from_contributions_split_the_worked_example_overspend() {
    Apportionment shares = Apportionment.byContributions(Map.of("CCG", pounds("600000.00"), "LA", pounds("400000.00")));
    assertEquals("{CCG=24000.00, LA=16000.00}", shares.split(pounds("40000.00")).toString());
  }

  @Test
  void equal_thirds_of_100_pounds_give_the_extra_penny_to_the_lowest_code() {
    // 100.00 / 3 = 33.333… → 33.33 each, 99.99 in all; the 0.01 left goes to the largest
    // share, and all three tie, so the lowest code (CCG) takes it.
    assertEquals("{CCG=33.34, LA=33.33, NHST=33.33}", THREE_EQUAL.split(pounds("100.00")).toString());
  }

  @Test
  void equal_thirds_of_200_pounds_take_the_excess_penny_back_from_the_lowest_code() {
    // 200.00 / 3 = 66.666… → 66.67 each, 200.01 in all; the −0.01 goes to CCG.
    assertEquals("{CCG=66.66, LA=66.67, NHST=66.67}", THREE_EQUAL.split(pounds("200.00")).toString());
  }

  @Test
  void a_negative_whole_rounds_half_away_from_zero_and_still_sums_exactly() {
    // −100.00 / 3 = −33.333… → −33.33 each, −99.99; the −0.01 left goes to CCG.
    assertEquals("{CCG=-33.34, LA=-33.33, NHST=-33.33}", THREE_EQUAL.split(pounds("-100.00")).toString());
  }

  @Test
  void the_remainder_goes_to_the_largest_share_not_the_lowest_code() {
    // 0.05 × 3/10 = 0.015 → 0.02; 0.05 × 7/10 = 0.035 → 0.04; 0.06 in all, so LA (7/10)
    // gives back the penny.
    Apportionment shares = Apportionment.byContributions(Map.of("CCG", pounds("300.00"), "LA", pounds("700.00")));
    assertEquals("LA", shares.largest());
    assertEquals("{CCG=0.02, LA=0.03}", shares.split(pounds("0.05")).toString());
  }

  @Test
  void a_tie_for_largest_share_goes_to_the_lower_code_even_when_a_smaller_share_comes_first() {
    // 0.10 × 3/10 = 0.03; 0.10 × 35/100 = 0.035 → 0.04 twice; 0.11 in all; LA and NHST tie.
    Apportionment shares = Apportionment.byContributions(Map.of(
        "CCG", pounds("300.00"), "LA", pounds("350.00"), "NHST", pounds("350.00")));
    assertEquals("LA", shares.largest());
    assertEquals("{CCG=0.03, LA=0.03, NHST=0.04}", shares.split(pounds("0.10")).toString());
  }

  @Test
  void shares_are_never_rounded_before_they_are_applied() {
    // s = 1/3 exactly. Rounded first to 0.3333 it would give 333,300.00 of 1,000,000.00.
    Apportionment shares = Apportionment.byContributions(Map.of("CCG", pounds("1.00"), "LA", pounds("2.00")));
    assertEquals("{CCG=333333.33, LA=666666.67}", shares.split(pounds("1000000.00")).toString());
  }

  @Test
  void agreed_percentages_are_shares_too() {
    Apportionment shares = Apportionment.byAgreedPercent(Map.of("CCG", pounds("33.33"), "LA", pounds("66.67")));
    assertEquals("{CCG=3333.00, LA=6667.00}", shares.split(pounds("10000.00")).toString());
  }

  @Test
  void agreed_percentages_must_sum_to_100() {
    FinanceException e = assertThrows(FinanceException.class,
        () -> Apportionment.byAgreedPercent(Map.of("CCG", pounds("60"), "LA", pounds("39.99"))));
    assertEquals("agreed shares sum to 99.99%, not 100%", e.getMessage());
  }

  @Test
  void a_whole_with_fractions_of_a_penny_is_refused() {
    assertThrows(FinanceException.class, () -> THREE_EQUAL.split(pounds("1.005")));
  }
}
