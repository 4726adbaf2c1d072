package org.carepool.web;

import io.javalin.http.Context;

/**
 * Where a request really comes from when carepool sits behind a reverse proxy that terminates
 * TLS. Only a request whose connection comes from a trusted proxy's address is believed about
 * the client's address ({@code X-Forwarded-For}) and scheme ({@code X-Forwarded-Proto}); from
 * anyone else those headers are ignored, so nobody can pick the address the audit log and the
 * sign-in throttle see. Without trusted proxies, nothing forwarded is believed.
 */
final class Forwarded {
  private final WebServer.Network network;

  Forwarded(WebServer.Network network) {
    this.network = network;
  }

  /** The client's address: the nearest untrusted hop of X-Forwarded-For, when a trusted proxy sent it. */
  String ip(Context ctx) {
    String peer = WebServer.Network.normalise(ctx.req().getRemoteAddr());
    String forwardedFor = ctx.header("X-Forwarded-For");
    if (!trusted(peer) || forwardedFor == null) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.matches("[0-9A-Fa-f.:\\[\\]]{2,47}")) {
        return peer; // not an address: a garbled header is not believed
      }
      if (!trusted(hop)) {
        return WebServer.Network.normalise(hop);
      }
    }
    return peer;
  }

  /** "https" or "http": as X-Forwarded-Proto says when a trusted proxy sent it, else the connection's own. */
  String scheme(Context ctx) {
    String proto = ctx.header("X-Forwarded-Proto");
    if (proto != null && trusted(ctx.req().getRemoteAddr())) {
      String first = proto.split(",")[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (first.equals("https") || first.equals("http")) {
        return first;
      }
    }
    return ctx.req().getScheme();
  }

  /** Cookies are Secure when the public address is https, or when this request came over TLS. */
  boolean secure(Context ctx) {
    return network.httpsOnly() || "https".equals(scheme(ctx));
  }

  private boolean trusted(String address) {
    return address != null && network.trustedProxies().contains(WebServer.Network.normalise(address));
  }
}
