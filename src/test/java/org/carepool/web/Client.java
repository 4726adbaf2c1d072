package org.carepool.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that does not follow redirects, like a careful browser. Public for
 * the whole-app tests in {@code org.carepool}, which sign in through the same form.
 */
public final class Client {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"");

  public final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;

  public Client(String base) {
    this.base = base;
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    String[] all = concat(headers, "Content-Type", "application/x-www-form-urlencoded");
    return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)), all);
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        concat(headers, "Content-Type", contentType));
  }

  /** Any method, e.g. PUT or DELETE, with a body. */
  public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body)),
        concat(headers, "Content-Type", contentType));
  }

  /** Fetches the sign-in form, then posts it; a session this client held is dropped first, as a new user would. */
  public HttpResponse<String> signIn(String username, String password, String... headers) {
    cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("carepool_session")).toList()
        .forEach(c -> cookies.getCookieStore().getURIs().forEach(u -> cookies.getCookieStore().remove(u, c)));
    String page = get("/sign-in").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("form_token", find(FORM_TOKEN, page));
    form.put("username", username);
    form.put("password", password);
    form.put("next", "/");
    return postForm("/sign-in", form, headers);
  }

  /** The CSRF token embedded in a page this client can see. */
  public String csrf() {
    return find(CSRF, get("/").body());
  }

  public HttpCookie cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static Multipart multipart() {
    return new Multipart();
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String find(Pattern pattern, String page) {
    Matcher m = pattern.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no " + pattern + " in page:\n" + page);
    }
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String[] concat(String[] headers, String name, String value) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = name;
    all[headers.length + 1] = value;
    return all;
  }

  /** A multipart/form-data body built by hand. */
  public static final class Multipart {
    static final String BOUNDARY = "carepoolTestBoundary7MA4YWxk";
    private final StringBuilder body = new StringBuilder();

    public Multipart field(String name, String value) {
      body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(name)
          .append("\"\r\n\r\n").append(value).append("\r\n");
      return this;
    }

    public Multipart file(String field, String fileName, String contentType, String content) {
      body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(field)
          .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(contentType)
          .append("\r\n\r\n").append(content).append("\r\n");
      return this;
    }

    public String contentType() {
      return "multipart/form-data; boundary=" + BOUNDARY;
    }

    public byte[] bytes() {
      return (body + "--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }
  }
}
