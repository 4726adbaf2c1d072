-- carepool store, part 21 (issue 13): which KPIs an arrangement is rated and reported on, and
-- published benchmarks drawn beside a KPI's trend.
--   arrangement_kpi  an arrangement listing none is rated on every KPI (as before this part)
--   kpi_benchmark    one value per KPI, financial year and label (e.g. 'England', 'Region')
CREATE TABLE arrangement_kpi (
  arrangement  VARCHAR(20) NOT NULL,
  kpi          VARCHAR(40) NOT NULL,
  import_batch BIGINT      NOT NULL,
  CONSTRAINT pk_arrangement_kpi PRIMARY KEY (arrangement, kpi),
  CONSTRAINT fk_arrangement_kpi_arrangement FOREIGN KEY (arrangement) REFERENCES arrangement (code),
  CONSTRAINT fk_arrangement_kpi_kpi FOREIGN KEY (kpi) REFERENCES kpi (code),
  CONSTRAINT fk_arrangement_kpi_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);

CREATE TABLE kpi_benchmark (
  kpi             VARCHAR(40)   NOT NULL,
  financial_year  INTEGER       NOT NULL,
  label           VARCHAR(60)   NOT NULL,
  benchmark_value DECIMAL(19,4) NOT NULL,
  import_batch    BIGINT        NOT NULL,
  CONSTRAINT pk_kpi_benchmark PRIMARY KEY (kpi, financial_year, label),
  CONSTRAINT fk_kpi_benchmark_kpi FOREIGN KEY (kpi) REFERENCES kpi (code),
  CONSTRAINT fk_kpi_benchmark_batch FOREIGN KEY (import_batch) REFERENCES import_batch (id)
);
