package io.summitgraph.platform.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.summitgraph.common.errors.ErrorCodes;
import io.summitgraph.platform.budgets.BudgetedClients;
import io.summitgraph.platform.documents.PersistedDocuments;
import io.summitgraph.platform.limits.AdmissionGate;
import io.summitgraph.platform.limits.QueryLimits;
import io.summitgraph.platform.observability.OperationMetrics;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The GraphQL-over-HTTP rules SmallRye does not keep, checked in front of its handler: requests it
 * would misread are answered here, cheaply, with a coded GraphQL error and the right status.
 *
 * <ul>
 *   <li>POST only with {@code application/json} (415 otherwise; the header read as HTTP defines it,
 *       see {@link MediaTypes}), so a cross-site form or {@code text/plain} post cannot run an
 *       operation (CSRF); a body that is no JSON object, not UTF-8, or has ill-typed parameters is
 *       a 400; a JSON-array batch is refused.
 *   <li>GET runs queries only: a mutation (or subscription) sent by GET gets 405 with {@code Allow:
 *       POST}, decided from the parsed document before anything is validated or executed. Its
 *       parameters are decoded once and handed to SmallRye as a POST body.
 *   <li>Documents named by hash (persisted queries, trusted documents) are looked up first ({@link
 *       PersistedDocuments}).
 *   <li>{@code application/graphql-response+json} is served when the client prefers it, and then a
 *       request that executes nothing (unparseable, invalid, refused) gets 400; otherwise {@code
 *       application/json} with 200.
 *   <li>Size limits on the body (413), the document and the variables.
 *   <li>The SDL endpoint and GraphiQL can be turned off at run time.
 *   <li>Once shutdown starts, operations not executing yet are refused with 503 ({@link
 *       ShutdownDrain}).
 * </ul>
 */
@ApplicationScoped
public class HttpProtocol {

  private static final Logger LOG = Logger.getLogger(HttpProtocol.class);

  static final String JSON = "application/json";
  static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  static final String BAD_REQUEST = "BAD_REQUEST";

  /**
   * Vert.x context-local key set by the engine (platform/engine/CodedErrors) when nothing executed.
   */
  private static final String REQUEST_ERROR = "summitgraph.requestError";

  /** Vert.x context-local key of the request's flag that its client left; see {@link #handle}. */
  private static final String CLIENT_LEFT = "summitgraph.clientLeft";

  private static final BooleanSupplier NO_CLIENT_LEFT = () -> false;

  /** Vert.x context-local key set when the client is over its budget: the Retry-After seconds. */
  private static final String RATE_LIMITED = "summitgraph.rateLimited";

  /** Routing-context key of the client the request is charged to ({@link BudgetedClients}). */
  private static final String BUDGETED_CLIENT = "summitgraph.budgetedClient";

  /** Routing-context key of a checked GET handed on as a POST: its response media type. */
  private static final String PREPARED = "summitgraph.prepared";

  /** Routing-context key set when the request arrived by GET. */
  private static final String SENT_BY_GET = "summitgraph.sentByGet";

  /** Before SmallRye's routes. */
  private static final int ORDER = -100;

  /**
   * How many POSTed documents are remembered as parsing: clients send the same few documents again
   * and again, and parsing one here costs more than all the other checks together (SmallRye parses
   * it again, from its own cache).
   */
  private static final int REMEMBERED_DOCUMENTS = 256;

  @Inject QueryLimits limits;
  @Inject ApiExposure exposure;
  @Inject PersistedDocuments documents;
  @Inject HttpCompression compression;
  @Inject AdmissionGate.Settings loadSettings;
  @Inject OperationMetrics metrics;
  @Inject Vertx vertx;
  @Inject BudgetedClients budgetedClients;
  @Inject ShutdownDrain drain;

  private volatile AdmissionGate admission;

  /**
   * POSTed documents that parsed; emptied when full (a hostile stream of new ones stays bounded).
   */
  private final Map<String, Boolean> parsedDocuments = new ConcurrentHashMap<>();

  @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
  String path;

  @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path", defaultValue = "graphql-ui")
  String uiPath;

  @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
  String nonApplicationRoot;

  void routes(@Observes Router router) {
    BodyHandler body = BodyHandler.create(false).setBodyLimit(limits.bodySize());
    router
        .route(path)
        .order(ORDER)
        // A WebSocket upgrade's body is not read: SmallRye upgrades only a request not yet ended,
        // and
        // a client that sends Content-Length: 0 (Java's HttpClient does) would get a 400 instead.
        .handler(
            ctx ->
                (isUpgrade(ctx) ? (Handler<RoutingContext>) RoutingContext::next : body)
                    .handle(ctx))
        .handler(this::handle)
        .failureHandler(this::bodyTooLarge);
    router
        .route(path + "/schema.graphql")
        .order(ORDER)
        .handler(ctx -> enabledOr404(ctx, exposure.schemaEndpoint()));
    String ui = "/" + strip(nonApplicationRoot) + "/" + strip(uiPath);
    router.route(ui).order(ORDER).handler(ctx -> enabledOr404(ctx, exposure.graphiql()));
    router.route(ui + "/*").order(ORDER).handler(ctx -> enabledOr404(ctx, exposure.graphiql()));
  }

  /**
   * Whether the client of the request on the current Vert.x context has left, read when asked: it
   * turns true if the connection closes or fails before the answer is sent. Always false outside an
   * operation handed to the engine over HTTP.
   */
  public static BooleanSupplier clientLeftFlag() {
    Context context = Vertx.currentContext();
    AtomicBoolean flag = context == null ? null : context.getLocal(CLIENT_LEFT);
    return flag == null ? NO_CLIENT_LEFT : flag::get;
  }

  /**
   * Called (on the request's Vert.x context) when the request's client is over its cost budget: the
   * answer gets 429 with {@code Retry-After}.
   */
  public static void markRateLimited(long retryAfterSeconds) {
    Context context = Vertx.currentContext();
    if (context != null) {
      context.putLocal(RATE_LIMITED, retryAfterSeconds);
    }
  }

  /**
   * Called by the engine (platform/engine/CodedErrors, on the request's context) when nothing
   * executed.
   */
  public static void markRequestError() {
    Context context = Vertx.currentContext();
    if (context != null) {
      context.putLocal(REQUEST_ERROR, Boolean.TRUE);
    }
  }

  private void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (request.method() == HttpMethod.OPTIONS || isUpgrade(ctx)) {
      ctx.next();
      return;
    }
    String prepared = ctx.get(PREPARED);
    if (prepared != null) {
      // A GET, checked and handed on as the POST of its parameters (see prepared()).
      execute(ctx, prepared);
      return;
    }
    String mediaType = responseMediaType(ctx);
    if (mediaType == null) {
      reply(
          ctx,
          406,
          JSON,
          BAD_REQUEST,
          "Acceptable response types are " + GRAPHQL_RESPONSE + " and " + JSON,
          null);
      return;
    }
    boolean get = request.method() == HttpMethod.GET;
    JsonObject graphQLRequest;
    if (get) {
      graphQLRequest = getParameters(ctx, mediaType);
    } else if (request.method() == HttpMethod.POST) {
      graphQLRequest = postBody(ctx, mediaType);
    } else {
      ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
      reply(ctx, 405, mediaType, BAD_REQUEST, "Use POST, or GET for queries", null);
      return;
    }
    if (graphQLRequest == null) {
      return;
    }
    documents
        .resolve(ctx, graphQLRequest)
        .onComplete(
            resolved -> {
              if (resolved.failed()) {
                LOG.warn("Persisted document lookup failed", resolved.cause());
                reply(
                    ctx,
                    503,
                    mediaType,
                    ErrorCodes.SERVICE_UNAVAILABLE,
                    "Persisted documents are unavailable; retry later",
                    null);
              } else if (resolved.result().refused()) {
                PersistedDocuments.Resolution refusal = resolved.result();
                reply(
                    ctx,
                    refusal.status() == 200 && mediaType.equals(GRAPHQL_RESPONSE)
                        ? 400
                        : refusal.status(),
                    mediaType,
                    refusal.code(),
                    refusal.message(),
                    null);
              } else if (checkRequest(ctx, mediaType, resolved.result().request(), get)) {
                prepared(ctx, mediaType, resolved.result().request(), graphQLRequest, get);
              }
            });
  }

  /**
   * Hands a checked request to SmallRye. A GET goes on as the POST of its parameters: SmallRye's
   * own GET handler decodes the already decoded parameters a second time ({@code %} fails, {@code
   * +} turns into a space) and takes the query text for the operation name. A request whose
   * document was looked up by hash goes on with the document in its body.
   */
  private void prepared(
      RoutingContext ctx, String mediaType, JsonObject request, JsonObject received, boolean get) {
    if (get) {
      ((RoutingContextInternal) ctx).setBody(Buffer.buffer(request.encode()));
      ctx.put(PREPARED, mediaType);
      ctx.put(SENT_BY_GET, Boolean.TRUE);
      ctx.reroute(HttpMethod.POST, ctx.request().path());
      return;
    }
    if (request != received) {
      ((RoutingContextInternal) ctx).setBody(Buffer.buffer(request.encode()));
    }
    execute(ctx, mediaType);
  }

  /** Whether the request arrived by GET (it may have been handed on as a POST, see prepared()). */
  static boolean sentByGet(RoutingContext ctx) {
    return ctx.get(SENT_BY_GET) != null;
  }

  /**
   * Executes the request when the {@link AdmissionGate} lets it: now, after a short wait, or never
   * (503 with {@code Retry-After}).
   */
  private void execute(RoutingContext ctx, String mediaType) {
    Future<String> client = budgetedClients.of(ctx);
    if (client.isComplete()) {
      admit(ctx, mediaType, client.result());
      return;
    }
    // A bearer token was authenticated, perhaps on another thread: back to the request's context.
    Context context = Vertx.currentContext();
    client.onComplete(
        identified -> {
          if (context == null || context == Vertx.currentContext()) {
            admit(ctx, mediaType, identified.result());
          } else {
            context.runOnContext(v -> admit(ctx, mediaType, identified.result()));
          }
        });
  }

  private void admit(RoutingContext ctx, String mediaType, String client) {
    ctx.put(BUDGETED_CLIENT, client);
    Runnable leaveQueue =
        gate().enter(() -> executeAdmitted(ctx, mediaType), () -> overloaded(ctx, mediaType));
    // A request whose client leaves while it waits gives up its place.
    QuarkusRequestWrapper.get(ctx.request()).addRequestDoneHandler(ignored -> leaveQueue.run());
  }

  private void overloaded(RoutingContext ctx, String mediaType) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    metrics.refusal("load");
    ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(gate().retryAfterSeconds()));
    reply(
        ctx,
        503,
        mediaType,
        ErrorCodes.SERVICE_OVERLOADED,
        "The service is at capacity: send the request again after the Retry-After delay",
        null);
  }

  private AdmissionGate gate() {
    AdmissionGate gate = admission;
    if (gate == null) {
      synchronized (this) {
        if (admission == null) {
          admission = new AdmissionGate(loadSettings, vertx);
        }
        gate = admission;
      }
    }
    return gate;
  }

  private void executeAdmitted(RoutingContext ctx, String mediaType) {
    drain.started();
    if (ctx.response().closed()) {
      // Its client left while it waited for its turn.
      drain.ended();
      gate().leave();
      return;
    }
    if (drain.refusing()) {
      drain.ended();
      gate().leave();
      ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
      reply(
          ctx,
          503,
          mediaType,
          ErrorCodes.SERVICE_UNAVAILABLE,
          "The service is shutting down: send the request again",
          null);
      return;
    }
    Context context = Vertx.currentContext();
    AtomicBoolean clientLeft = new AtomicBoolean();
    if (context != null) {
      context.removeLocal(REQUEST_ERROR);
      context.removeLocal(RATE_LIMITED);
      context.putLocal(CLIENT_LEFT, clientLeft);
    }
    BudgetedClients.enter(ctx.get(BUDGETED_CLIENT));
    HttpCaching.begin(context, sentByGet(ctx));
    // Not ctx.addEndHandler: SmallRye's handler replaces the response's end handler it relies on.
    // Quarkus's request wrapper calls its done handlers once, on end, close or failure; done before
    // the response ended means the connection closed or failed, and the answer will reach nobody.
    QuarkusRequestWrapper.get(ctx.request())
        .addRequestDoneHandler(
            ignored -> {
              drain.ended();
              gate().leave();
              if (!ctx.response().ended()) {
                clientLeft.set(true);
              }
            });
    // On the routing context, not the response: with compression on, Quarkus's and SmallRye's
    // handlers add theirs there, and the response holds one handler only (the context's, which
    // runs them all, the last added first).
    ctx.addHeadersEndHandler(
        ignored -> {
          if (ctx.response().getStatusCode() != 200) {
            return;
          }
          ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8");
          Long retryAfter = context == null ? null : context.getLocal(RATE_LIMITED);
          if (retryAfter != null) {
            // Over its budget: 429, as for any rate-limited HTTP client, with when to come back.
            metrics.refusal("budget");
            ctx.response().setStatusCode(429).setStatusMessage("Too Many Requests");
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
          }
          if (mediaType.equals(GRAPHQL_RESPONSE)
              && context != null
              && context.getLocal(REQUEST_ERROR) != null) {
            ctx.response().setStatusCode(400).setStatusMessage("Bad Request");
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
          }
          HttpCaching.headers(ctx, context);
          compression.decide(ctx.response());
        });
    ctx.next();
  }

  /**
   * The client's preferred response type; {@code application/json} when it accepts anything or says
   * nothing (as older clients do); null when it accepts neither.
   */
  private static String responseMediaType(RoutingContext ctx) {
    List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
    if (accepted == null || accepted.isEmpty()) {
      return JSON;
    }
    for (MIMEHeader header : accepted) {
      String type = header.value().split(";", 2)[0].trim().toLowerCase();
      if (type.equals(GRAPHQL_RESPONSE)) {
        return GRAPHQL_RESPONSE;
      }
      if (type.equals(JSON) || type.equals("*/*") || type.equals("application/*")) {
        return JSON;
      }
    }
    return null;
  }

  /**
   * The GraphQL request a GET carries in its parameters, each decoded once (by Vert.x, as a form
   * encoding); null when it was answered.
   */
  private JsonObject getParameters(RoutingContext ctx, String mediaType) {
    JsonObject request = new JsonObject();
    for (String name : List.of("query", "operationName", "documentId")) {
      String value = ctx.request().getParam(name);
      if (value != null && !value.isEmpty()) {
        request.put(name, value);
      }
    }
    for (String name : List.of("variables", "extensions")) {
      String value = ctx.request().getParam(name);
      if (value == null || value.isEmpty()) {
        continue;
      }
      if (name.equals("variables") && !checkSizes(ctx, mediaType, "", value)) {
        return null;
      }
      Object json;
      try {
        json = Json.decodeValue(value);
      } catch (DecodeException e) {
        json = null;
      }
      if (!(json instanceof JsonObject object)) {
        refuse(
            ctx,
            400,
            mediaType,
            BAD_REQUEST,
            "The " + name + " parameter must be a JSON object",
            null);
        return null;
      }
      request.put(name, object);
    }
    return request;
  }

  /**
   * The checks every request passes once its document is known, by GET or POST: a document, within
   * the size limits, that parses; by GET, a query (405 otherwise, decided from the parsed document
   * before anything is validated or executed).
   */
  private boolean checkRequest(
      RoutingContext ctx, String mediaType, JsonObject request, boolean get) {
    Object query = request.getValue("query");
    if (!(query instanceof String document) || document.isBlank()) {
      return refuse(
          ctx,
          400,
          mediaType,
          BAD_REQUEST,
          get ? "The query parameter is missing" : "The query parameter must be a non-empty string",
          null);
    }
    Object variables = request.getValue("variables");
    if (!checkSizes(ctx, mediaType, document, variables == null ? null : variables.toString())) {
      return false;
    }
    if (!get) {
      return parses(ctx, mediaType, document);
    }
    Document parsed = parse(ctx, mediaType, document);
    if (parsed == null) {
      return false;
    }
    OperationDefinition.Operation operation =
        operationType(parsed, request.getString("operationName"));
    if (operation != null && operation != OperationDefinition.Operation.QUERY) {
      ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
      return refuse(
          ctx,
          405,
          mediaType,
          BAD_REQUEST,
          "A " + operation.name().toLowerCase() + " must be sent with POST; GET runs queries only",
          null);
    }
    return true;
  }

  /**
   * Parses the document with the engine's operation parser options (its token limit); SmallRye
   * answers an unparseable document itself without a code, so it is answered here: {@code
   * GRAPHQL_PARSE_FAILED}, or {@code QUERY_LIMIT_EXCEEDED} when the parser gave up at the token
   * limit; 400 with {@code application/graphql-response+json}, 200 with {@code application/json}.
   *
   * @return the document, or null when the request was answered
   */
  private Document parse(RoutingContext ctx, String mediaType, String query) {
    try {
      return Parser.parse(
          ParserEnvironment.newParserEnvironment()
              .document(query)
              .parserOptions(ParserOptions.getDefaultOperationParserOptions())
              .build());
    } catch (InvalidSyntaxException e) {
      // The parser gives up on a token flood, a too deep nesting or too many characters.
      String limit =
          e instanceof ParseCancelledException
              ? "tokens"
              : e instanceof ParseCancelledTooDeepException
                  ? "depth"
                  : e instanceof ParseCancelledTooManyCharsException ? "documentSize" : null;
      refuse(
          ctx,
          mediaType.equals(GRAPHQL_RESPONSE) ? 400 : 200,
          mediaType,
          limit == null ? ErrorCodes.PARSE_FAILED : QueryLimits.CODE,
          e.getMessage(),
          limit);
    }
    return null;
  }

  /**
   * The type of the operation a request would run; null when it cannot be told (unknown or
   * ambiguous operation), which the engine then reports.
   */
  private static OperationDefinition.Operation operationType(
      Document document, String operationName) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operationName == null || operationName.isEmpty()) {
      return operations.size() == 1 ? operations.get(0).getOperation() : null;
    }
    return operations.stream()
        .filter(o -> operationName.equals(o.getName()))
        .map(OperationDefinition::getOperation)
        .findFirst()
        .orElse(null);
  }

  /** The GraphQL request a POST carries; null when it was answered. */
  private JsonObject postBody(RoutingContext ctx, String mediaType) {
    if (!MediaTypes.isJson(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
      refuse(
          ctx,
          415,
          mediaType,
          BAD_REQUEST,
          "A POST must have Content-Type " + JSON + " (with a JSON object body)",
          null);
      return null;
    }
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    if (body == null || body.length() == 0) {
      refuse(ctx, 400, mediaType, BAD_REQUEST, "The request body is empty", null);
      return null;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body.getBytes()))
              .toString();
    } catch (CharacterCodingException e) {
      refuse(ctx, 400, mediaType, BAD_REQUEST, "The request body is not valid UTF-8", null);
      return null;
    }
    Object json;
    try {
      json = Json.decodeValue(text);
    } catch (DecodeException e) {
      refuse(ctx, 400, mediaType, BAD_REQUEST, "The request body is not valid JSON", null);
      return null;
    }
    if (json instanceof JsonArray) {
      refuse(
          ctx,
          400,
          mediaType,
          QueryLimits.CODE,
          "Batched requests (a JSON array) are not supported: send one operation per request",
          "operations");
      return null;
    }
    if (!(json instanceof JsonObject request)) {
      refuse(ctx, 400, mediaType, BAD_REQUEST, "The request body must be a JSON object", null);
      return null;
    }
    Object query = request.getValue("query");
    if (query != null && !(query instanceof String)) {
      refuse(ctx, 400, mediaType, BAD_REQUEST, "The query parameter must be a string", null);
      return null;
    }
    Object operationName = request.getValue("operationName");
    if (operationName != null && !(operationName instanceof String)) {
      refuse(
          ctx, 400, mediaType, BAD_REQUEST, "The operationName parameter must be a string", null);
      return null;
    }
    for (String name : List.of("variables", "extensions")) {
      Object value = request.getValue(name);
      if (value != null && !(value instanceof JsonObject)) {
        refuse(
            ctx,
            400,
            mediaType,
            BAD_REQUEST,
            "The " + name + " parameter must be a JSON object",
            null);
        return null;
      }
    }
    return request;
  }

  private boolean parses(RoutingContext ctx, String mediaType, String document) {
    if (parsedDocuments.containsKey(document)) {
      return true;
    }
    if (parse(ctx, mediaType, document) == null) {
      return false;
    }
    if (parsedDocuments.size() >= REMEMBERED_DOCUMENTS) {
      parsedDocuments.clear();
    }
    parsedDocuments.put(document, Boolean.TRUE);
    return true;
  }

  private boolean checkSizes(
      RoutingContext ctx, String mediaType, String document, String variables) {
    if (document.length() > limits.documentSize()) {
      return refuse(
          ctx,
          400,
          mediaType,
          QueryLimits.CODE,
          String.format(
              "The document has %d characters, at most %d allowed",
              document.length(), limits.documentSize()),
          "documentSize");
    }
    int variablesSize = variables == null ? 0 : variables.getBytes(StandardCharsets.UTF_8).length;
    if (variablesSize > limits.variablesSize()) {
      return refuse(
          ctx,
          400,
          mediaType,
          QueryLimits.CODE,
          String.format(
              "The variables take %d bytes, at most %d allowed",
              variablesSize, limits.variablesSize()),
          "variablesSize");
    }
    return true;
  }

  private void bodyTooLarge(RoutingContext ctx) {
    if (ctx.statusCode() == 413) {
      reply(
          ctx,
          413,
          JSON,
          QueryLimits.CODE,
          "The request body exceeds " + limits.bodySize() + " bytes",
          "bodySize");
    } else if (!MediaTypes.isJson(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
      // The body handler could not read a form body: what is not JSON is refused as usual.
      reply(
          ctx,
          415,
          JSON,
          BAD_REQUEST,
          "A POST must have Content-Type " + JSON + " (with a JSON object body)",
          null);
    } else {
      ctx.next();
    }
  }

  private static void enabledOr404(RoutingContext ctx, boolean enabled) {
    if (enabled) {
      ctx.next();
    } else {
      ctx.response().setStatusCode(404).end();
    }
  }

  private boolean refuse(
      RoutingContext ctx, int status, String mediaType, String code, String message, String limit) {
    reply(ctx, status, mediaType, code, message, limit);
    return false;
  }

  private void reply(
      RoutingContext ctx, int status, String mediaType, String code, String message, String limit) {
    JsonObject extensions = new JsonObject().put("code", code);
    if (limit != null) {
      extensions.put("limit", limit);
      metrics.refusal(limit);
    }
    JsonObject error = new JsonObject().put("message", message).put("extensions", extensions);
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
        .end(new JsonObject(Map.of("errors", new JsonArray().add(error))).encode());
  }

  private static boolean isUpgrade(RoutingContext ctx) {
    return "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE));
  }

  private static String strip(String segment) {
    return segment.replaceAll("^/+|/+$", "");
  }
}
