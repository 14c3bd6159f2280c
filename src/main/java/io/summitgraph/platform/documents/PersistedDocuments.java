package io.summitgraph.platform.documents;

import io.summitgraph.platform.security.RequestIdentity;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a GraphQL-over-HTTP request that names its document by hash into one that carries the
 * document, before anything else reads it:
 *
 * <ul>
 *   <li>Automatic persisted queries (Apollo's protocol, {@code
 *       extensions.persistedQuery.sha256Hash}): a hash alone is looked up ({@code
 *       PERSISTED_QUERY_NOT_FOUND} when unknown, so the client sends the query with it); a hash
 *       with its query is verified ({@code PERSISTED_QUERY_HASH_MISMATCH}) and stored.
 *   <li>Persisted documents of GraphQL over HTTP ({@code documentId}, {@code sha256:<hex>} or the
 *       bare hex): looked up ({@code PERSISTED_DOCUMENT_NOT_FOUND}).
 *   <li>Registered operations only ({@link DocumentsConfig#registeredOnly()}): an anonymous caller
 *       runs trusted documents only ({@code OPERATION_NOT_REGISTERED}).
 * </ul>
 *
 * The store is read and written on a worker thread; requests that use none of this are passed on at
 * once.
 */
@ApplicationScoped
public class PersistedDocuments {

  public static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
  public static final String NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED";
  public static final String HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";
  public static final String DOCUMENT_NOT_FOUND = "PERSISTED_DOCUMENT_NOT_FOUND";
  public static final String NOT_REGISTERED = "OPERATION_NOT_REGISTERED";
  public static final String BAD_REQUEST = "BAD_REQUEST";

  /**
   * The outcome: the request to run (with its document), or a refusal with its HTTP status, code
   * and message (Apollo's clients read the message {@code PersistedQueryNotFound}).
   */
  public record Resolution(JsonObject request, int status, String code, String message) {

    static Resolution run(JsonObject request) {
      return new Resolution(request, 200, null, null);
    }

    static Resolution refuse(int status, String code, String message) {
      return new Resolution(null, status, code, message);
    }

    public boolean refused() {
      return code != null;
    }
  }

  @Inject DocumentStore store;
  @Inject DocumentsConfig config;
  @Inject RequestIdentity identities;

  /** Resolves the request's document; completes on the request's Vert.x context. */
  public Future<Resolution> resolve(RoutingContext ctx, JsonObject request) {
    Object documentId = request.getValue("documentId");
    JsonObject extensions = request.getValue("extensions") instanceof JsonObject e ? e : null;
    Object persisted = extensions == null ? null : extensions.getValue("persistedQuery");
    if (documentId == null && persisted == null && !config.registeredOnly()) {
      return Future.succeededFuture(Resolution.run(request));
    }
    if (documentId != null && !(documentId instanceof String)) {
      return refused(400, BAD_REQUEST, "The documentId parameter must be a string");
    }
    if (documentId != null && request.getValue("query") != null) {
      return refused(400, BAD_REQUEST, "Send either a documentId or a query, not both");
    }
    String hash = null;
    if (documentId != null) {
      String id = (String) documentId;
      hash = DocumentHash.normalize(id.startsWith("sha256:") ? id.substring(7) : id);
      if (hash == null) {
        return refused(
            400, DOCUMENT_NOT_FOUND, "A documentId is sha256:<64 hex digits>: " + quoted(id));
      }
    } else if (persisted != null) {
      if (!config.apq()) {
        return refused(200, NOT_SUPPORTED, "PersistedQueryNotSupported");
      }
      if (!(persisted instanceof JsonObject apq)
          || !Integer.valueOf(1).equals(apq.getValue("version"))) {
        return refused(200, NOT_SUPPORTED, "PersistedQueryNotSupported: only version 1 is");
      }
      hash = DocumentHash.normalize(apq.getValue("sha256Hash") instanceof String s ? s : null);
      if (hash == null) {
        return refused(
            400, BAD_REQUEST, "extensions.persistedQuery.sha256Hash must be 64 hex digits");
      }
    }
    String lookup = hash;
    Object query = request.getValue("query");
    Context context = Vertx.currentContext();
    return authenticated(ctx)
        .compose(
            authenticated -> {
              boolean trustedOnly = config.registeredOnly() && !authenticated;
              return context.executeBlocking(
                  () -> resolve(request, lookup, query, documentId != null, trustedOnly), false);
            });
  }

  private Resolution resolve(
      JsonObject request, String hash, Object query, boolean byDocumentId, boolean trustedOnly)
      throws Exception {
    if (hash == null) {
      // Registered operations only, a plain request: its text must be a trusted document.
      if (!trustedOnly || !(query instanceof String text)) {
        return Resolution.run(request);
      }
      DocumentStore.Stored stored = store.find(DocumentHash.of(text), true);
      return stored != null && stored.trusted() ? Resolution.run(request) : notRegistered();
    }
    if (query instanceof String text) {
      // Automatic persisted queries: the query with its hash.
      if (!DocumentHash.of(text).equals(hash)) {
        return Resolution.refuse(
            400, HASH_MISMATCH, "provided sha does not match query (it is the query's SHA-256)");
      }
      if (trustedOnly) {
        DocumentStore.Stored stored = store.find(hash, true);
        return stored != null && stored.trusted() ? Resolution.run(request) : notRegistered();
      }
      store.storeAutomatic(hash, text);
      return Resolution.run(request);
    }
    if (query != null) {
      return Resolution.refuse(400, BAD_REQUEST, "The query parameter must be a string");
    }
    DocumentStore.Stored stored = store.find(hash, trustedOnly);
    if (stored == null || trustedOnly && !stored.trusted()) {
      if (trustedOnly && stored != null) {
        return notRegistered();
      }
      return byDocumentId
          ? Resolution.refuse(404, DOCUMENT_NOT_FOUND, "No persisted document sha256:" + hash)
          : Resolution.refuse(200, NOT_FOUND, "PersistedQueryNotFound");
    }
    JsonObject resolved = request.copy();
    resolved.remove("documentId");
    resolved.put("query", stored.document());
    return Resolution.run(resolved);
  }

  private static Resolution notRegistered() {
    return Resolution.refuse(
        400,
        NOT_REGISTERED,
        "Only registered operations run for anonymous callers: send the documentId of a trusted"
            + " document");
  }

  /**
   * Whether the caller proved who it is (a valid bearer token); asked only in registered-only mode.
   * Authentication is lazy in this service, so it is triggered here.
   */
  private Future<Boolean> authenticated(RoutingContext ctx) {
    if (!config.registeredOnly() || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
      return Future.succeededFuture(false);
    }
    return identities.of(ctx).map(identity -> identity != null);
  }

  private static Future<Resolution> refused(int status, String code, String message) {
    return Future.succeededFuture(Resolution.refuse(status, code, message));
  }

  private static String quoted(String text) {
    return "\"" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "\"";
  }
}
