package org.carepool.demo;

import java.io.IOException;
import java.nio.file.Path;

/** Writes who is who: organisations, the board, arrangements, their localities, shares, schemes. */
final class Governance {

  private Governance() {}

  /** organisations.csv and boards.csv. */
  static void writeParties(Path dir, Summary summary) throws IOException {
    writeOrganisations(dir, summary);
    writeBoards(dir, summary);
  }

  /** arrangements.csv and what hangs off each arrangement: localities, agreed shares, schemes. */
  static void writeArrangements(Path dir, Summary summary) throws IOException {
    writeArrangementRows(dir, summary);
    writeArrangementLocalities(dir, summary);
    writeAgreedShares(dir, summary);
    writeSchemes(dir, summary);
  }

  private static void writeOrganisations(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "organisations.csv", "code", "name", "kind")) {
      for (var org : Westshire.ORGANISATIONS) {
        out.row(org.code(), org.name(), org.kind());
      }
      summary.add(out);
    }
  }

  private static void writeBoards(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "boards.csv", "code", "name")) {
      out.row(Westshire.BOARD, Westshire.BOARD_NAME);
      summary.add(out);
    }
  }

  private static void writeArrangementRows(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "arrangements.csv", "code", "name", "board", "model", "host",
        "start_date", "end_date", "risk_share", "legal_basis")) {
      for (var a : Westshire.ARRANGEMENTS) {
        out.row(a.code(), a.name(), Westshire.BOARD, a.model(), a.host(), Periods.START_DATE, "",
            a.riskShare(), Westshire.LEGAL_BASIS);
      }
      summary.add(out);
    }
  }

  private static void writeArrangementLocalities(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "arrangement_localities.csv", "arrangement", "locality")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (var locality : a.localities()) {
          out.row(a.code(), locality);
        }
      }
      summary.add(out);
    }
  }

  private static void writeAgreedShares(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "agreed_shares.csv", "arrangement", "organisation", "share_pct")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (var share : a.agreedShares()) {
          out.row(a.code(), share.org(), share.pct());
        }
      }
      summary.add(out);
    }
  }

  private static void writeSchemes(Path dir, Summary summary) throws IOException {
    try (var out = CsvOut.open(dir, "schemes.csv", "arrangement", "code", "name", "care_type", "funder",
        "risk_class")) {
      for (var a : Westshire.ARRANGEMENTS) {
        for (var s : a.schemes()) {
          out.row(a.code(), s.code(), s.name(), s.careType(), s.funder(), s.riskClass());
        }
      }
      summary.add(out);
    }
  }
}
