package org.carepool.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 23 import files of SPEC §3 and issue 13, declared in dependency order (the order a load writes them in). */
enum FileKind {
  ORGANISATIONS("organisations.csv", "organisation", "code,name,kind", "", OrganisationsFile::new),
  BOARDS("boards.csv", "board", "code,name", "", BoardsFile::new),
  LOCALITIES("localities.csv", "locality", "code,name,partnership", "partnership", LocalitiesFile::new),
  PRACTICES("practices.csv", "practice", "code,name,locality", "", PracticesFile::new),
  ARRANGEMENTS("arrangements.csv", "arrangement",
      "code,name,board,model,host,start_date,end_date,risk_share,legal_basis", "host,end_date,legal_basis",
      ArrangementsFile::new),
  ARRANGEMENT_LOCALITIES("arrangement_localities.csv", "arrangement_locality", "arrangement,locality", "",
      ArrangementLocalitiesFile::new),
  CONTRIBUTIONS("contributions.csv", "contribution", "arrangement,organisation,financial_year,amount", "",
      ContributionsFile::new),
  AGREED_SHARES("agreed_shares.csv", "agreed_share", "arrangement,organisation,share_pct", "", AgreedSharesFile::new),
  SCHEMES("schemes.csv", "scheme", "arrangement,code,name,care_type,funder,risk_class", "risk_class",
      SchemesFile::new),
  BUDGETS("budgets.csv", "budget", "arrangement,scheme,financial_year,amount", "", BudgetsFile::new),
  SPEND("spend.csv", "spend", "arrangement,scheme,month,amount,organisation,locality", "locality", SpendFile::new),
  FORECASTS("forecasts.csv", "forecast", "arrangement,scheme,month,forecast_outturn", "", ForecastsFile::new),
  AGREEMENT_TERMS("agreement_terms.csv", "agreement_terms",
      "arrangement,financial_year,forecast_method,underspend,amber_pct,red_pct,notify_pct",
      "forecast_method,underspend,amber_pct,red_pct,notify_pct", AgreementTermsFile::new),
  RISK_STEPS("risk_steps.csv", "risk_step", "arrangement,financial_year,step,rule,party,percent,amount",
      "party,percent,amount", RiskStepsFile::new),
  RESERVES("reserves.csv", "pool_reserve", "arrangement,financial_year,opening_balance", "", ReservesFile::new),
  COMMENTARY("commentary.csv", "commentary", "arrangement,scheme,month,commentary,action,owner,due",
      "scheme,action,owner,due", CommentaryFile::new),
  POPULATION("population.csv", "population", "practice,year,age_band,sex,count", "", PopulationFile::new),
  ACTIVITY("activity.csv", "activity",
      "record_id,month,patient_id,practice,age,sex,setting,admission_type,specialty,site,bed_days,cost",
      "specialty,site", ActivityFile::new),
  KPIS("kpis.csv", "kpi", "code,name,unit,better", "", KpisFile::new),
  KPI_TARGETS("kpi_targets.csv", "kpi_target", "arrangement,kpi,financial_year,target", "", KpiTargetsFile::new),
  KPI_ACTUALS("kpi_actuals.csv", "kpi_actual", "arrangement,kpi,month,value", "", KpiActualsFile::new),
  ARRANGEMENT_KPIS("arrangement_kpis.csv", "arrangement_kpi", "arrangement,kpi", "", ArrangementKpisFile::new),
  KPI_BENCHMARKS("kpi_benchmarks.csv", "kpi_benchmark", "kpi,financial_year,label,value", "", KpiBenchmarksFile::new);

  final String fileName;
  final String entity;
  final List<String> columns;
  final Set<String> optional;
  private final Function<Catalogue, EntityFile> factory;

  FileKind(String fileName, String entity, String columns, String optional, Function<Catalogue, EntityFile> factory) {
    this.fileName = fileName;
    this.entity = entity;
    this.columns = List.of(columns.split(","));
    this.optional = optional.isEmpty() ? Set.of() : Set.of(optional.split(","));
    this.factory = factory;
  }

  /**
   * The kind a file name says: the SPEC §3 name itself, or that name's stem followed by {@code -},
   * {@code _} or {@code .} and anything, e.g. {@code spend-2025-09.csv} (a browser keeps the name a
   * file was saved under). The longest stem wins, so {@code kpi_targets_2025.csv} is not
   * {@code kpis}; case does not matter; the name must end in {@code .csv}.
   */
  static Optional<FileKind> byFileName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".csv")) {
      return Optional.empty();
    }
    String base = lower.substring(0, lower.length() - 4);
    return Arrays.stream(values()).filter(k -> named(base, k.stem()))
        .max(java.util.Comparator.comparingInt(k -> k.stem().length()));
  }

  private static boolean named(String base, String stem) {
    return base.equals(stem) || (base.startsWith(stem) && "-_.".indexOf(base.charAt(stem.length())) >= 0);
  }

  private String stem() {
    return fileName.substring(0, fileName.length() - 4);
  }

  static String expectedNames() {
    return Arrays.stream(values()).map(k -> k.fileName).collect(Collectors.joining(", "));
  }

  EntityFile newEntity(Catalogue catalogue) {
    return factory.apply(catalogue);
  }
}
