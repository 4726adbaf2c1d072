package org.carepool.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF's machine check of PDF/UA-1 (ISO 14289-1) over a PDF, as the rules that failed: clause,
 * test number, what the rule asks and how many times it failed. The human checks of PDF/UA (is
 * the reading order right, is the Alt text apt) are outside any validator.
 */
public final class PdfUa {

  /** One failed veraPDF rule, e.g. {@code 7.1-3}: content neither marked as an artifact nor tagged. */
  public record Failure(String clause, int test, String description, int count) {

    /** The rule's name as veraPDF's reports give it, {@code clause-test}. */
    public String rule() {
      return clause + "-" + test;
    }

    @Override
    public String toString() {
      return rule() + " (" + count + "x): " + description;
    }
  }

  private PdfUa() {
  }

  /** Every failed rule, by clause and test number; empty for a PDF veraPDF finds compliant. */
  public static List<Failure> failures(byte[] pdf) {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
        PDFAFlavour.PDFUA_1);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, -1, false,
            false, false)) {
      ValidationResult result = validator.validate(parser);
      return result.getFailedChecks().entrySet().stream()
          .map(e -> failure(result, e))
          .sorted(Comparator.comparing(Failure::clause).thenComparingInt(Failure::test))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not check the PDF: " + e.getMessage(), e);
    }
  }

  private static Failure failure(ValidationResult result, Map.Entry<RuleId, Integer> failed) {
    RuleId id = failed.getKey();
    String description = result.getValidationProfile().getRuleByRuleId(id).getDescription();
    return new Failure(id.getClause(), id.getTestNumber(), description, failed.getValue());
  }

  /** The rules' names, {@code clause-test}, in order. */
  public static Set<String> rules(List<Failure> failures) {
    return failures.stream().map(Failure::rule).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Keeps the PDF checked beside its list, to open in a reader or another validator. */
  public static void keep(Path file, byte[] pdf) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the failures, one a line, for a reader of the build's output (and docs/accessibility.md). */
  public static void write(Path file, String heading, List<Failure> failures) {
    StringBuilder text = new StringBuilder(heading).append('\n');
    failures.forEach(f -> text.append(f).append('\n'));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
