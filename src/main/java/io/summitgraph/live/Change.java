package io.summitgraph.live;

import io.vertx.core.json.JsonObject;

/**
 * One committed change as PostgreSQL announced it (migration V70): what changed, its key, the kind
 * of fact, the version written and the change. The receiving instance reads the data itself.
 */
record Change(Target target, long id, String kind, int version, String op) {

  enum Target {
    FACT,
    SOURCE,
    DISPUTE
  }

  /** Parses a notification's payload; null for one this version does not know. */
  static Change parse(String payload) {
    try {
      JsonObject json = new JsonObject(payload);
      Target target = Target.valueOf(json.getString("t").toUpperCase(java.util.Locale.ROOT));
      return new Change(
          target,
          json.getLong("id"),
          json.getString("k"),
          json.getInteger("v", 0),
          json.getString("op"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The GraphQL type of the changed node ({@code person_role} → {@code PersonRole}). */
  String nodeType() {
    return switch (target) {
      case SOURCE -> "Source";
      case DISPUTE -> "Dispute";
      case FACT -> {
        StringBuilder type = new StringBuilder();
        for (String part : kind.split("_")) {
          type.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        yield type.toString();
      }
    };
  }

  ChangeKind change() {
    return switch (op) {
      case "CREATED" -> ChangeKind.CREATED;
      case "REMOVED" -> ChangeKind.REMOVED;
      case "RESOLVED" -> ChangeKind.RESOLVED;
      default -> ChangeKind.UPDATED;
    };
  }
}
