package org.carepool.ingest;

import static org.carepool.db.generated.Tables.FORECAST;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Field;

/**
 * {@code forecasts.csv}: a scheme's forecast outturn as at a month; replaced by key. A forecast
 * outturn is a year's expected spend, compared with a budget that cannot be negative, so it may
 * not be negative either (credits belong in spend.csv).
 */
final class ForecastsFile implements EntityFile {
  private static final List<Field<?>> FIELDS = List.of(FORECAST.ARRANGEMENT, FORECAST.SCHEME, FORECAST.MONTH,
      FORECAST.FORECAST_OUTTURN, FORECAST.IMPORT_BATCH);

  private final Catalogue catalogue;
  private final Keys keys = new Keys("arrangement");

  ForecastsFile(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void check(Row row) {
    Object[] values = values(row);
    catalogue.checkMonthWithin(row, (String) values[0], (LocalDate) values[2]);
    keys.add(row, values[0], values[1], values[2]);
  }

  private Object[] values(Row row) {
    String arrangement = SchemeRef.arrangement(row, catalogue);
    return new Object[] {arrangement, SchemeRef.scheme(row, catalogue, arrangement), row.month("month"),
        row.money("forecast_outturn", false), null};
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(FORECAST, FIELDS, keys.all(), this::values);
  }
}
