package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.carepool.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core on the sign-in page signed out and on every page a viewer reaches (28 of the 86 checks, see
 * {@link AxeSweep}); a second test shows the check catches what it should.
 */
class AccessibilityBrowserTest extends AxeSweep {
  private static final int PAGES_CHECKED = 28;

  @Test
  void no_page_has_a_serious_or_critical_wcag_violation_signed_out_or_as_viewer_at_1280_or_400_px() throws IOException {
    long start = System.nanoTime();
    sweepSignedOut();
    sweep(Role.VIEWER);
    assertNothingSerious(start, PAGES_CHECKED);
  }

  /** The check above can fail: a nameless button and grey-on-white text put into a real page are caught. */
  @Test
  void axe_reports_a_nameless_button_and_faint_text_as_blocking() {
    browser.get(app.base() + "/sign-in");
    ((JavascriptExecutor) browser).executeScript("""
        document.querySelector('main').insertAdjacentHTML('beforeend',
          '<button id="nameless"></button><p id="faint">Hard to read</p>');
        document.getElementById('faint').style.color = '#bbb'""");
    List<String> blocking = axe.check(browser).stream().filter(Axe.Violation::blocking)
        .map(v -> v.rule() + " " + v.targets()).sorted().toList();
    assertEquals(List.of("button-name [#nameless]", "color-contrast [#faint]"), blocking);
  }
}
