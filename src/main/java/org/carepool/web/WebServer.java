package org.carepool.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.carepool.arrangement.ArrangementService;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.report.ReportService;
import org.carepool.security.UserService;

/** The HTTP face of carepool: the whole route table on one screen. */
public final class WebServer {
  private final Javalin app;

  public WebServer(UserService users, ArrangementService arrangements, IncomeExpenditureService incomeExpenditure,
      ReportService reports, PerformanceService performance, MappingService mapping) {
    Guard guard = new Guard(users);
    ArrangementController arrangementApi = new ArrangementController(arrangements);
    FinanceController financeApi = new FinanceController(incomeExpenditure);
    ReportController reportApi = new ReportController(reports);
    IndicatorsController indicatorsApi = new IndicatorsController(performance, mapping);
    this.app = Javalin.create(config -> {
      configure(config);
      ErrorMapping.install(config.routes);
      config.routes.beforeMatched(guard::check);
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP")), Access.PUBLIC);
      config.routes.get("/api/arrangements", arrangementApi::list, Access.VIEWER);
      config.routes.get("/api/arrangements/{code}/income-expenditure", financeApi::incomeExpenditure, Access.VIEWER);
      config.routes.get("/api/arrangements/{code}/performance", indicatorsApi::performance, Access.VIEWER);
      config.routes.get("/api/boards/{code}/mapping", indicatorsApi::mapping, Access.VIEWER);
      config.routes.get("/api/reports/{report}", reportApi::download, Access.VIEWER);
    });
  }

  public WebServer start(int port) {
    app.start(port);
    return this;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  private static void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.jsonMapper(new JavalinJackson(objectMapper(), false));
    config.http.maxRequestSize = 50L * 1024 * 1024;
  }

  private static ObjectMapper objectMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
