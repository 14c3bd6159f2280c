package io.summitgraph.platform.budgets;

import io.summitgraph.platform.security.RequestIdentity;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who a request is charged to: {@code subject:<name>} for a request with a valid bearer token, else
 * {@code address:<ip>} (the client's address as the HTTP layer sees it; behind a proxy, enable
 * {@code quarkus.http.proxy.proxy-address-forwarding} so that it is the client's, not the proxy's).
 * An invalid token is charged to its address: a made-up subject cannot open a fresh budget.
 */
@ApplicationScoped
public class BudgetedClients {

  /** Vert.x context-local key of the current request's client. */
  private static final String CLIENT = "summitgraph.budgetedClient";

  @Inject RequestIdentity identities;

  /** The request's client, authenticating its bearer token if it sent one. */
  public Future<String> of(RoutingContext ctx) {
    String address = "address:" + host(ctx.request().remoteAddress());
    if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
      return Future.succeededFuture(address);
    }
    return identities
        .of(ctx)
        .map(
            identity ->
                identity == null ? address : "subject:" + identity.getPrincipal().getName());
  }

  /** Makes {@code client} the client of the request executing on the current Vert.x context. */
  public static void enter(String client) {
    Context context = Vertx.currentContext();
    if (context != null) {
      context.putLocal(CLIENT, client);
    }
  }

  /** The client of the request executing on the current Vert.x context; null outside one. */
  public static String current() {
    Context context = Vertx.currentContext();
    return context == null ? null : context.getLocal(CLIENT);
  }

  private static String host(SocketAddress address) {
    return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
  }
}
