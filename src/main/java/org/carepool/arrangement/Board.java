package org.carepool.arrangement;

import java.util.List;

/** A board (e.g. a Health and Wellbeing Board) and its arrangements, in code order. */
public record Board(String code, String name, List<ArrangementSummary> arrangements) {
  public Board {
    arrangements = List.copyOf(arrangements);
  }
}
