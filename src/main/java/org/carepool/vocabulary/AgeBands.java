package org.carepool.vocabulary;

import java.util.List;

/** SPEC §3: the age bands of population counts, youngest first. */
public final class AgeBands {
  public static final List<String> ALL = List.of("0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34",
      "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+");
  /** Bands of people aged 65 and over: 65-69 starts at exactly 65. */
  public static final List<String> FROM_65 = ALL.subList(ALL.indexOf("65-69"), ALL.size());
  /** Bands of people aged 75 and over: 75-79 starts at exactly 75. */
  public static final List<String> FROM_75 = ALL.subList(ALL.indexOf("75-79"), ALL.size());

  private AgeBands() {}
}
