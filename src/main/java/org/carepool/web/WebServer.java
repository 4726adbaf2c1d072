package org.carepool.web;

import org.carepool.ops.Operations;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.InternalRouter;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carepool.arrangement.ArrangementService;
import org.carepool.dashboard.Dashboards;
import org.carepool.audit.Audit;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.MonthCloses;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportWatch;
import org.carepool.ingest.Importer;
import org.carepool.report.Downloads;
import org.carepool.schedule.Schedules;
import org.carepool.security.SignIns;
import org.carepool.security.UserAdmin;
import org.carepool.security.UserService;

/** The HTTP face of carepool: the whole route table on one screen (see {@link #routes}). */
public final class WebServer {

  /** The feature services the controllers call. */
  public record Services(UserService users, SignIns signIns, UserAdmin userAdmin, Audit audit,
                         ArrangementService arrangements, IncomeExpenditureService incomeExpenditure,
                         PerformanceService performance, MappingService mapping, Importer importer, ImportWatch imports, Downloads downloads,
                         Schedules schedules, MonthCloses closes, Dashboards dashboards) {}

  /**
   * What lies between the users and carepool.
   *
   * @param httpsOnly      users reach carepool only over https ({@code CAREPOOL_PUBLIC_URL} starts with
   *                       https://): every cookie is Secure
   * @param trustedProxies addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto
   *                       are believed ({@code CAREPOOL_TRUSTED_PROXIES}); from anyone else they are ignored
   */
  public record Network(boolean httpsOnly, Set<String> trustedProxies) {
    /** Users connect straight to carepool over plain HTTP (a laptop, a test). */
    public static final Network DIRECT = new Network(false, Set.of());

    public Network {
      trustedProxies = trustedProxies.stream().map(Network::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** One spelling per address: IPv6 literals vary ("::1", "0:0:0:0:0:0:0:1", "[::1]"); IPv4 is kept as written. */
    static String normalise(String address) {
      String bare = address.strip().replace("[", "").replace("]", "");
      if (!bare.contains(":")) {
        return bare; // never a host name lookup: only literals with a colon are parsed
      }
      try {
        return InetAddress.getByName(bare).getHostAddress();
      } catch (UnknownHostException e) {
        return bare;
      }
    }
  }

  private final Javalin app;

  public WebServer(Services services, Network network, Operations operations) {
    Forwarded forwarded = new Forwarded(network);
    this.app = Javalin.create(config -> {
      configure(config);
      Guard guard = new Guard(services.signIns(), path -> getRoles(config.unsafe.internalRouter, path),
          operations::metricsToken, operations::controlToken);
      config.contextResolver.ip = forwarded::ip;
      config.contextResolver.scheme = forwarded::scheme;
      config.requestLogger.http((ctx, ms) -> timed(operations, ctx, ms));
      config.routes.before(WebServer::securityHeaders);
      config.routes.beforeMatched(guard::check);
      routes(config.routes, services, guard, new Cookies(forwarded), new OperationsController(operations));
    });
  }

  /** By route template, so that /api/packs/1 and /api/packs/2 are one series; unmatched paths are one too. */
  private static void timed(Operations operations, Context ctx, float ms) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    operations.requestServed(ctx.method().name(), matched == null ? "unmatched" : matched.path, ctx.statusCode(),
        (long) (ms * 1_000_000));
  }

  private static void routes(RoutesConfig r, Services s, Guard guard, Cookies cookies, OperationsController ops) {
    var signIn = new SignInController(s.signIns(), cookies);
    var home = new HomeController(s.schedules(), s.dashboards());
    var arrangementPage = new ArrangementPage(s.dashboards());
    var reports = new ReportController(s.downloads(), s.incomeExpenditure(), s.arrangements(), cookies);
    var data = new DataController(s.importer(), s.imports());
    var users = new UserController(s.users(), s.userAdmin());
    var audit = new AuditController(s.audit());
    var arrangements = new ArrangementController(s.arrangements());
    var finance = new FinanceController(s.incomeExpenditure());
    var closes = new CloseController(s.closes());
    var indicators = new IndicatorsController(s.performance(), s.mapping());
    var schedules = new ScheduleController(s.schedules());
    var schedulePages = new SchedulePages(s.schedules());
    var assets = new Assets();
    new ErrorMapping(guard, Map.of(
        "/reports", new ErrorMapping.FormPage("Reports", reports::body),
        "/data", new ErrorMapping.FormPage("Data", data::body),
        "/users", new ErrorMapping.FormPage("Users", users::body))).install(r);

    r.get("/health", ops::live, Access.PUBLIC);
    r.get("/health/ready", ops::ready, Access.PUBLIC);
    r.get("/metrics", ops::metrics, Access.METRICS);
    r.get("/assets/carepool.css", assets::css, Access.PUBLIC);
    r.get("/assets/carepool.js", assets::carepoolJs, Access.PUBLIC);
    r.get("/assets/schedules.js", assets::schedulesJs, Access.PUBLIC);
    r.get("/sign-in", signIn::form, Access.PUBLIC);
    r.post("/sign-in", signIn::signIn, Access.PUBLIC);
    r.post("/sign-out", signIn::signOut, Access.VIEWER);

    r.get("/", home::home, Access.VIEWER);
    r.get("/arrangements/{code}", arrangementPage::page, Access.VIEWER);
    r.get("/reports", reports::page, Access.VIEWER);
    r.get("/reports/file", reports::download, Access.VIEWER);
    r.post("/reports/close", closes::closeFromPage, Access.ANALYST);
    r.get("/data", data::page, Access.ANALYST);
    r.post("/data", data::upload, Access.ANALYST);
    r.get("/users", users::page, Access.ADMIN);
    r.post("/users", users::create, Access.ADMIN);
    r.post("/users/{name}/role", users::changeRole, Access.ADMIN);
    r.post("/users/{name}/password", users::resetPassword, Access.ADMIN);
    r.post("/users/{name}/enabled", users::setEnabled, Access.ADMIN);
    r.get("/audit", audit::page, Access.ADMIN);
    r.get("/schedules", schedulePages::page, Access.VIEWER);
    r.post("/schedules", schedulePages::save, Access.ADMIN);
    r.post("/schedules/{id}/pause", schedulePages::pause, Access.ADMIN);
    r.post("/schedules/{id}/resume", schedulePages::resume, Access.ADMIN);
    r.post("/schedules/{id}/run", schedulePages::runNow, Access.ADMIN);
    r.post("/schedules/{id}/delete", schedulePages::delete, Access.ADMIN);
    r.get("/schedules/{id}/runs", schedulePages::runs, Access.VIEWER);
    r.get("/packs", schedulePages::packs, Access.VIEWER);
    r.get("/packs/link/{token}", schedules::link, Access.PUBLIC);

    r.get("/api/arrangements", arrangements::list, Access.VIEWER);
    r.get("/api/arrangements/{code}/income-expenditure", finance::incomeExpenditure, Access.VIEWER);
    r.get("/api/arrangements/{code}/closes", closes::list, Access.VIEWER);
    r.post("/api/arrangements/{code}/closes", closes::close, Access.ANALYST);
    r.post("/api/arrangements/{code}/closes/{month}/reopen", closes::reopen, Access.ADMIN);
    r.put("/api/arrangements/{code}/commentary", closes::commentary, Access.ANALYST);
    r.get("/api/arrangements/{code}/performance", indicators::performance, Access.VIEWER);
    r.get("/api/boards/{code}/mapping", indicators::mapping, Access.VIEWER);
    r.get("/api/reports/{report}", reports::api, Access.VIEWER);
    r.post("/api/imports", data::api, Access.ANALYST);
    r.get("/api/imports/progress/{id}", data::progress, Access.PUBLIC);
    r.get("/api/audit", audit::api, Access.ADMIN);
    r.post("/api/backups", ops::backup, Access.CONTROL);

    r.get("/api/schedules", schedules::list, Access.VIEWER);
    r.post("/api/schedules", schedules::create, Access.ADMIN);
    r.get("/api/schedules/cron-preview", schedules::preview, Access.ADMIN);
    r.get("/api/schedules/{id}", schedules::get, Access.VIEWER);
    r.put("/api/schedules/{id}", schedules::replace, Access.ADMIN);
    r.delete("/api/schedules/{id}", schedules::delete, Access.ADMIN);
    r.post("/api/schedules/{id}/pause", schedules::pause, Access.ADMIN);
    r.post("/api/schedules/{id}/resume", schedules::resume, Access.ADMIN);
    r.post("/api/schedules/{id}/run", schedules::runNow, Access.ADMIN);
    r.get("/api/schedules/{id}/runs", schedules::runs, Access.VIEWER);
    r.get("/api/packs", schedules::packs, Access.VIEWER);
    r.get("/api/packs/{id}", schedules::pack, Access.VIEWER);
  }

  /** @throws PortInUse when another program holds the port (the server is then stopped again) */
  public WebServer start(int port) {
    try {
      app.start(port);
    } catch (RuntimeException e) {
      app.stop();
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof java.net.BindException) {
          throw new PortInUse(port, e);
        }
      }
      throw e;
    }
    return this;
  }

  /** The port the server was to listen on is taken. */
  public static final class PortInUse extends IllegalStateException {
    PortInUse(int port, Throwable cause) {
      super("cannot listen on port " + port + ": another program (another carepool?) is using it;"
          + " stop that program or set CAREPOOL_PORT to a free port", cause);
    }
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }

  /** For the route × role test, which walks the real table. */
  Javalin javalin() {
    return app;
  }

  private static Set<RouteRole> getRoles(InternalRouter router, String path) {
    ParsedEndpoint get = router.findFirstHttpHandlerEntry(HandlerType.GET, path);
    Roles roles = get == null ? null : get.endpoint.metadata(Roles.class);
    return roles == null ? Set.of() : roles.getRoles();
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", "default-src 'self'; form-action 'self'; frame-ancestors 'none'");
    if (!ctx.path().startsWith("/assets/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private static void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.jsonMapper(new JavalinJackson(objectMapper(), false));
    config.fileRenderer(new Templates());
    config.http.maxRequestSize = Guard.MAX_OTHER_BYTES; // bodies read whole (forms, JSON); uploads: below
    config.jetty.multipartConfig.maxFileSize(50, SizeUnit.MB);
    config.jetty.multipartConfig.maxTotalRequestSize(50, SizeUnit.MB);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
  }

  private static ObjectMapper objectMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
