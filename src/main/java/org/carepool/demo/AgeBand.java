package org.carepool.demo;

/**
 * The SPEC §3 age bands with an English-shaped population pyramid: the share of the whole
 * population in each band (per cent, both sexes) and the share of women in it.
 */
enum AgeBand {
  A0(0, "0-4", 5.4, 0.488),
  A5(5, "5-9", 5.9, 0.488),
  A10(10, "10-14", 6.0, 0.487),
  A15(15, "15-19", 5.6, 0.486),
  A20(20, "20-24", 5.9, 0.492),
  A25(25, "25-29", 6.5, 0.500),
  A30(30, "30-34", 6.8, 0.504),
  A35(35, "35-39", 6.6, 0.505),
  A40(40, "40-44", 6.3, 0.505),
  A45(45, "45-49", 6.3, 0.507),
  A50(50, "50-54", 6.9, 0.508),
  A55(55, "55-59", 6.8, 0.509),
  A60(60, "60-64", 5.9, 0.512),
  A65(65, "65-69", 5.1, 0.518),
  A70(70, "70-74", 5.0, 0.528),
  A75(75, "75-79", 3.7, 0.543),
  A80(80, "80-84", 2.5, 0.570),
  A85(85, "85+", 2.5, 0.640);

  final int low;
  final String label;
  final double weight;
  final double femaleShare;

  AgeBand(int low, String label, double weight, double femaleShare) {
    this.low = low;
    this.label = label;
    this.weight = weight;
    this.femaleShare = femaleShare;
  }

  boolean isOlder() {
    return low >= 65;
  }

  static AgeBand of(int age) {
    return values()[Math.min(age / 5, values().length - 1)];
  }
}
