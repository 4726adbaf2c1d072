package org.carepool;

import java.io.IOException;
import org.carepool.security.Role;
import org.junit.jupiter.api.Test;

/** axe-core on every page and refused form an analyst reaches (26 of the 86 checks, see {@link AxeSweep}). */
class AccessibilityAnalystBrowserTest extends AxeSweep {
  private static final int PAGES_CHECKED = 26;

  @Test
  void no_page_has_a_serious_or_critical_wcag_violation_as_analyst_at_1280_or_400_px() throws IOException {
    long start = System.nanoTime();
    sweep(Role.ANALYST);
    assertNothingSerious(start, PAGES_CHECKED);
  }
}
