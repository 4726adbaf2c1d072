package org.carepool.finance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A statement as kept at a close: the whole {@link IncomeExpenditureStatement} as JSON, written
 * and read back by the same records, so the statement read back {@code equals} the one reported
 * (amounts keep their scale: they are written plain and read as BigDecimal).
 */
final class KeptStatement {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private KeptStatement() {}

  static String write(IncomeExpenditureStatement statement) {
    try {
      return JSON.writeValueAsString(statement.withReported(null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot keep the statement of " + statement.terms().code(), e);
    }
  }

  static IncomeExpenditureStatement read(String json) {
    try {
      return JSON.readValue(json, IncomeExpenditureStatement.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a kept statement cannot be read back", e);
    }
  }
}
