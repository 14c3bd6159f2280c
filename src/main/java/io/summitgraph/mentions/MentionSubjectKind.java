package io.summitgraph.mentions;

/** The kinds of things mentions link to, with the table and column that hold them. */
public enum MentionSubjectKind {
  PERSON("person", "person_id", "Person"),
  ORGANIZATION("organization", "organization_id", "Organization"),
  COUNTRY("country", "country_id", "Country"),
  LOCATION("location", "location_id", "Location");

  final String table;
  final String column;
  final String nodeType;

  MentionSubjectKind(String table, String column, String nodeType) {
    this.table = table;
    this.column = column;
    this.nodeType = nodeType;
  }
}
