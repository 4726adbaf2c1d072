package org.carepool.ingest;

import static org.carepool.db.generated.Tables.FORECAST;

import java.util.List;
import org.carepool.db.generated.tables.records.ForecastRecord;
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
    ForecastRecord forecast = values(row);
    catalogue.checkMonthWithin(row, forecast.getArrangement(), forecast.getMonth());
    keys.add(row, forecast.getArrangement(), forecast.getScheme(), forecast.getMonth());
  }

  private ForecastRecord values(Row row) {
    ForecastRecord forecast = new ForecastRecord();
    forecast.setArrangement(SchemeRef.arrangement(row, catalogue));
    forecast.setScheme(SchemeRef.scheme(row, catalogue, forecast.getArrangement()));
    forecast.setMonth(row.month("month"));
    forecast.setForecastOutturn(row.money("forecast_outturn", false));
    return forecast;
  }

  @Override
  public String write(WriteContext out) {
    return out.replaceKeys(FORECAST, FIELDS, keys.all(), this::values);
  }
}
