package io.summitgraph.platform.http;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.summitgraph.common.graphql.CacheControl;
import io.summitgraph.platform.limits.PagingTypes;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP caching of GET queries: a strong {@code ETag} derived from the response data, {@code
 * If-None-Match} answered with 304, and {@code Cache-Control} from the schema's cache hints ({@link
 * CacheControl}): {@code public} (or {@code private} with an {@code Authorization} header) with the
 * smallest max-age the query touched. Everything else (POST, mutations, any response with errors)
 * is {@code no-store}. A mutation's change changes the data, hence the ETag: a stale representation
 * is never confirmed with a 304.
 */
public class HttpCaching extends SimplePerformantInstrumentation {

  /** Vert.x context-local key of the caching state of a GET request; absent for other requests. */
  private static final String STATE = "summitgraph.httpCaching";

  /** What the operation of a GET request allows, filled in as it executes. */
  static final class State {
    volatile boolean cacheable;
    volatile int maxAge = Integer.MAX_VALUE;
    volatile String etag;
  }

  private final int defaultMaxAge;

  public HttpCaching(int defaultMaxAge) {
    this.defaultMaxAge = defaultMaxAge;
  }

  /** Called by {@link HttpProtocol} on the request's context when it hands on a request. */
  static void begin(Context context, boolean get) {
    if (context == null) {
      return;
    }
    if (get) {
      context.putLocal(STATE, new State());
    } else {
      context.removeLocal(STATE);
    }
  }

  /**
   * Sets the caching headers of a 200 answer (from its headers-end handler), turning it into a 304
   * when the client holds the same representation.
   */
  static void headers(RoutingContext ctx, Context context) {
    HttpServerResponse response = ctx.response();
    State state = context == null ? null : context.getLocal(STATE);
    if (state == null || !state.cacheable || state.etag == null) {
      response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      return;
    }
    boolean authenticated = ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
    int maxAge = state.maxAge == Integer.MAX_VALUE ? 0 : state.maxAge;
    response.putHeader(
        HttpHeaders.CACHE_CONTROL,
        (authenticated ? "private" : "public")
            + ", max-age="
            + maxAge
            + (maxAge == 0 ? ", no-cache" : ""));
    response.putHeader(HttpHeaders.ETAG, state.etag);
    response.putHeader(HttpHeaders.VARY, "Accept, Authorization");
    if (matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), state.etag)) {
      response.setStatusCode(304).setStatusMessage("Not Modified");
      response.headers().remove(HttpHeaders.CONTENT_LENGTH);
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2); // weak comparison, as If-None-Match asks (RFC 9110 §13.1.2)
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    State caching = current();
    ExecutionContext execution = parameters.getExecutionContext();
    if (caching != null
        && execution.getOperationDefinition().getOperation()
            == OperationDefinition.Operation.QUERY) {
      caching.maxAge = maxAge(execution);
      caching.cacheable = true;
    }
    return super.beginExecuteOperation(parameters, state);
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    State caching = current();
    if (caching != null) {
      if (caching.cacheable && result.getErrors().isEmpty() && result.isDataPresent()) {
        caching.etag = etag(Json.encode(result.getData()));
      } else {
        caching.cacheable = false;
      }
    }
    return CompletableFuture.completedFuture(result);
  }

  /**
   * The smallest cache hint of what the operation touches; unhinted object types count the default.
   */
  private int maxAge(ExecutionContext execution) {
    AtomicInteger smallest = new AtomicInteger(Integer.MAX_VALUE);
    QueryTraverser.newQueryTraverser()
        .schema(execution.getGraphQLSchema())
        .document(execution.getDocument())
        .operationName(execution.getOperationDefinition().getName())
        .coercedVariables(execution.getCoercedVariables())
        .build()
        .visitPreOrder(
            new QueryVisitorStub() {
              @Override
              public void visitField(QueryVisitorFieldEnvironment field) {
                Integer hint = hint(field.getFieldDefinition());
                if (hint != null) {
                  smallest.accumulateAndGet(hint, Math::min);
                }
                GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getFieldDefinition().getType());
                if (!GraphQLTypeUtil.isLeaf(type)
                    && !PagingTypes.isPaging(GraphQLTypeUtil.simplePrint(type))) {
                  Integer typeHint =
                      type instanceof GraphQLDirectiveContainer container ? hint(container) : null;
                  smallest.accumulateAndGet(typeHint != null ? typeHint : defaultMaxAge, Math::min);
                }
              }
            });
    return smallest.get();
  }

  @SuppressWarnings("deprecation") // SmallRye applies directives the legacy way
  private static Integer hint(GraphQLDirectiveContainer element) {
    GraphQLAppliedDirective applied = element.getAppliedDirective(CacheControl.NAME);
    if (applied != null && applied.getArgument("maxAge") != null) {
      return asInt(applied.getArgument("maxAge").getValue());
    }
    GraphQLDirective legacy = element.getDirective(CacheControl.NAME);
    if (legacy != null && legacy.getArgument("maxAge") != null) {
      return asInt(legacy.getArgument("maxAge").getArgumentValue().getValue());
    }
    return null;
  }

  private static Integer asInt(Object value) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof IntValue literal) {
      return literal.getValue().intValue();
    }
    return null;
  }

  private static State current() {
    Context context = Vertx.currentContext();
    return context == null ? null : context.getLocal(STATE);
  }

  private static String etag(String data) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8));
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
