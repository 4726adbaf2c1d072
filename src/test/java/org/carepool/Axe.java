package org.carepool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, vendored in src/test/resources/axe (see its README for the version and how to refresh it),
 * run in the page the browser shows against the WCAG 2.0 and 2.1 A and AA rules. Nothing is fetched
 * from the network: the script is handed to the page by WebDriver, which the page's
 * Content-Security-Policy does not govern.
 */
final class Axe {
  /** The rule sets of WCAG 2.0 and 2.1, levels A and AA, as axe tags them. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** axe's advice beyond WCAG (landmarks, heading order...): reported, not required. */
  static final String BEST_PRACTICE = "best-practice";

  /**
   * One rule broken on one page: its impact (minor, moderate, serious, critical), whether it is a
   * WCAG 2.1 A or AA rule rather than best practice only, and the elements, as CSS selectors.
   */
  record Violation(String impact, boolean wcag, String rule, String help, List<String> targets) {
    /** A serious or critical breach of a WCAG 2.1 A or AA rule: what no page may have. */
    boolean blocking() {
      return wcag && ("serious".equals(impact) || "critical".equals(impact));
    }

    @Override
    public String toString() {
      return impact + (wcag ? " " : " best-practice ") + rule + " (" + help + ") at " + String.join(", ", targets);
    }
  }

  private static final String RUN = """
      const [tags, wcagTags, done] = arguments;
      axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
        .then(r => done(r.violations.map(v => ({impact: v.impact || 'minor', rule: v.id, help: v.help,
          wcag: v.tags.some(t => wcagTags.includes(t)), targets: v.nodes.map(n => n.target.join(' '))}))))
        .catch(e => done([{impact: 'critical', wcag: true, rule: 'axe-failed', help: String(e), targets: []}]));""";

  private final String source;

  private Axe(String source) {
    this.source = source;
  }

  static Axe vendored() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
      }
      return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation of the WCAG 2.1 A and AA rules, and of axe's best practice, on the page the browser shows now. */
  List<Violation> check(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
      js.executeScript(source);
    }
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    List<String> tags = new ArrayList<>(WCAG_21_AA);
    tags.add(BEST_PRACTICE);
    List<Violation> found = new ArrayList<>();
    for (Object each : (List<?>) js.executeAsyncScript(RUN, tags, WCAG_21_AA)) {
      Map<?, ?> v = (Map<?, ?>) each;
      List<String> targets = ((List<?>) v.get("targets")).stream().map(String::valueOf).toList();
      found.add(new Violation((String) v.get("impact"), Boolean.TRUE.equals(v.get("wcag")), (String) v.get("rule"), (String) v.get("help"), targets));
    }
    return found;
  }
}
