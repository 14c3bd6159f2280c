package io.summitgraph.agreements;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.ids.GlobalId;

/** The kinds of party a commitment can bind, with the commitment_party column naming each. */
enum PartyKind {
  PERSON("Person", "person_id"),
  COUNTRY("Country", "country_id"),
  ORGANIZATION("Organization", "organization_id");

  final String nodeType;
  final String column;

  PartyKind(String nodeType, String column) {
    this.nodeType = nodeType;
    this.column = column;
  }

  /** The kind of party an ID names. */
  static PartyKind of(GlobalId id) {
    for (PartyKind kind : values()) {
      if (kind.nodeType.equals(id.type())) {
        return kind;
      }
    }
    throw new BadUserInputException(
        "ID "
            + id.encoded()
            + " is of type "
            + id.type()
            + ", expected type Person, Country or Organization");
  }
}
