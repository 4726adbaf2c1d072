package org.carepool.web;

import io.javalin.http.Context;
import org.carepool.arrangement.ArrangementService;

final class ArrangementController {
  private final ArrangementService arrangements;

  ArrangementController(ArrangementService arrangements) {
    this.arrangements = arrangements;
  }

  void list(Context ctx) {
    ctx.json(arrangements.list());
  }
}
