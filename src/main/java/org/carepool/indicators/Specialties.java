package org.carepool.indicators;

import java.util.Map;

/**
 * Names of the NHS treatment function codes that hospital activity carries, so a bed table reads
 * "300 General internal medicine" rather than "300". Codes not listed keep their code alone.
 */
final class Specialties {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("100", "General surgery"),
      Map.entry("101", "Urology"),
      Map.entry("110", "Trauma and orthopaedics"),
      Map.entry("120", "Ear, nose and throat"),
      Map.entry("130", "Ophthalmology"),
      Map.entry("140", "Oral surgery"),
      Map.entry("160", "Plastic surgery"),
      Map.entry("170", "Cardiothoracic surgery"),
      Map.entry("180", "Emergency medicine"),
      Map.entry("300", "General internal medicine"),
      Map.entry("301", "Gastroenterology"),
      Map.entry("302", "Endocrinology"),
      Map.entry("314", "Rehabilitation"),
      Map.entry("320", "Cardiology"),
      Map.entry("330", "Dermatology"),
      Map.entry("340", "Respiratory medicine"),
      Map.entry("400", "Neurology"),
      Map.entry("420", "Paediatrics"),
      Map.entry("430", "Elderly medicine"),
      Map.entry("501", "Obstetrics"),
      Map.entry("502", "Gynaecology"),
      Map.entry("710", "Adult mental illness"),
      Map.entry("711", "Child and adolescent psychiatry"),
      Map.entry("715", "Old age psychiatry"),
      Map.entry("800", "Clinical oncology"));

  private Specialties() {
  }

  /** "300 General internal medicine"; "-" (not recorded) reads "Not recorded". */
  static String label(String code) {
    if (code == null || code.isBlank() || code.equals("-")) {
      return "Not recorded";
    }
    String name = NAMES.get(code);
    return name == null ? code : code + " " + name;
  }
}
