package io.summitgraph.platform.documents;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.UserErrorCode;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registers an app release's operations as trusted documents, from the persisted-query manifest its
 * build produced. All or nothing: a manifest with any problem registers nothing.
 */
@ApplicationScoped
public class TrustedDocuments {

  private static final String[] MANIFEST = {"input", "manifest"};

  @Inject DocumentStore store;

  @Transactional
  public TrustedDocumentsRegisterPayload register(TrustedDocumentsRegisterInput input)
      throws SQLException {
    Problems problems = new Problems();
    Map<String, String> documents = read(input.manifest(), problems);
    problems.throwIfAny();
    String release = input.release() == null || input.release().isBlank() ? null : input.release();
    int registered = store.storeTrusted(documents, release);
    return new TrustedDocumentsRegisterPayload(documents.size(), registered, java.util.List.of());
  }

  /** Hash to document, from Apollo's or Relay's manifest format; problems are recorded. */
  static Map<String, String> read(String manifest, Problems problems) {
    Map<String, String> entries = new LinkedHashMap<>();
    Object json;
    try {
      json = Json.decodeValue(manifest);
    } catch (DecodeException e) {
      problems.add(UserErrorCode.INVALID, "The manifest is not valid JSON", MANIFEST);
      return entries;
    }
    if (!(json instanceof JsonObject object)) {
      problems.add(UserErrorCode.INVALID, "The manifest must be a JSON object", MANIFEST);
      return entries;
    }
    if ("apollo-persisted-query-manifest".equals(object.getValue("format"))) {
      if (!(object.getValue("operations") instanceof JsonArray operations)) {
        problems.add(UserErrorCode.INVALID, "operations must be an array", MANIFEST);
        return entries;
      }
      for (int i = 0; i < operations.size(); i++) {
        Object operation = operations.getValue(i);
        String place = "operations/" + i;
        if (operation instanceof JsonObject o
            && o.getValue("id") instanceof String id
            && o.getValue("body") instanceof String body) {
          add(entries, id, body, place, problems);
        } else {
          problems.add(UserErrorCode.INVALID, place + ": needs id and body strings", MANIFEST);
        }
      }
    } else {
      for (Map.Entry<String, Object> entry : object) {
        if (entry.getValue() instanceof String body) {
          add(entries, entry.getKey(), body, entry.getKey(), problems);
        } else {
          problems.add(
              UserErrorCode.INVALID, entry.getKey() + ": must map to a document", MANIFEST);
        }
      }
    }
    if (entries.isEmpty() && problems.isEmpty()) {
      problems.add(UserErrorCode.INVALID, "The manifest holds no documents", MANIFEST);
    }
    return entries;
  }

  private static void add(
      Map<String, String> entries, String id, String body, String place, Problems problems) {
    String hash = DocumentHash.normalize(id.startsWith("sha256:") ? id.substring(7) : id);
    if (hash == null || !hash.equals(DocumentHash.of(body))) {
      problems.add(
          UserErrorCode.INVALID,
          place
              + ": the id must be the document's SHA-256 in hex (it is "
              + DocumentHash.of(body)
              + ")",
          MANIFEST);
      return;
    }
    try {
      Parser.parse(
          ParserEnvironment.newParserEnvironment()
              .document(body)
              .parserOptions(ParserOptions.getDefaultOperationParserOptions())
              .build());
    } catch (InvalidSyntaxException e) {
      problems.add(UserErrorCode.INVALID, place + ": not a GraphQL document", MANIFEST);
      return;
    }
    entries.put(hash, body);
  }
}
