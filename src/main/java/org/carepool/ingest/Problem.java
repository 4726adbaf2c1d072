package org.carepool.ingest;

/**
 * One thing wrong with an import file.
 *
 * @param file   the file's name
 * @param line   physical line of the row in the file (header = 1); 0 for the file as a whole
 * @param column the column, or "" when the problem is not one column's
 * @param value  the offending value as written, or "" when there is none
 * @param reason what is wrong, for people
 */
public record Problem(String file, long line, String column, String value, String reason) {

  /** E.g. {@code spend.csv line 17, column arrangement: unknown arrangement 'BCF-25'}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(" line ").append(line);
    }
    if (!column.isEmpty()) {
      text.append(line > 0 ? ", column " : " column ").append(column);
    }
    return text.append(": ").append(reason).toString();
  }
}
