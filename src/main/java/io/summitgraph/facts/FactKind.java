package io.summitgraph.facts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * Every kind of fact, in one place: the table that holds it (also the {@code fact.kind} its trigger
 * registers and its name in the export format) and its GraphQL type (also the prefix of its global
 * IDs). The citation service, export and import, and the tests derive their lists from here; {@code
 * FactKindsTest} checks the database's fact triggers against it. Listed parents before children,
 * the order in which their rows can be written.
 *
 * <p>To add a kind, follow CONTRIBUTING.md, "Add a fact type".
 */
@Enum("FactKind")
@Description("The kinds of fact, each a type implementing Fact.")
public enum FactKind {
  @Description("Country.")
  COUNTRY("country", "Country"),
  @Description("Organization.")
  ORGANIZATION("organization", "Organization"),
  @Description("Location.")
  LOCATION("location", "Location"),
  @Description("Person.")
  PERSON("person", "Person"),
  @Description("PersonRole.")
  PERSON_ROLE("person_role", "PersonRole"),
  @Description("Event.")
  EVENT("event", "Event"),
  @Description("Participation (a person's part in an event).")
  PARTICIPATION("participation", "Participation"),
  @Description("EventRelation (a cited, typed link between two events).")
  EVENT_RELATION("event_relation", "EventRelation"),
  @Description("Agreement.")
  AGREEMENT("agreement", "Agreement"),
  @Description("Commitment.")
  COMMITMENT("commitment", "Commitment"),
  @Description("Sanction.")
  SANCTION("sanction", "Sanction"),
  @Description("HumanitarianStatistic.")
  HUMANITARIAN_STATISTIC("humanitarian_statistic", "HumanitarianStatistic"),
  @Description("Quote.")
  QUOTE("quote", "Quote"),
  @Description("Stance.")
  STANCE("stance", "Stance"),
  @Description("Relationship (the cited state of the relationship between two parties).")
  RELATIONSHIP("relationship", "Relationship");

  private static final Map<String, FactKind> BY_TABLE =
      Arrays.stream(values()).collect(Collectors.toMap(FactKind::table, Function.identity()));

  private static final Map<String, FactKind> BY_TYPE =
      Arrays.stream(values()).collect(Collectors.toMap(FactKind::graphQLType, Function.identity()));

  private final String table;
  private final String graphQLType;

  FactKind(String table, String graphQLType) {
    this.table = table;
    this.graphQLType = graphQLType;
  }

  /** The table of its rows; also its {@code fact.kind} and its name in the export format. */
  public String table() {
    return table;
  }

  /** Its GraphQL object type; also the type its global IDs name. */
  public String graphQLType() {
    return graphQLType;
  }

  /** The kind whose table (or {@code fact.kind}) this is. */
  public static Optional<FactKind> ofTable(String table) {
    return Optional.ofNullable(BY_TABLE.get(table));
  }

  /**
   * SQL for the GraphQL type of the fact whose key is {@code factKey} (SQL, e.g. a citation's
   * {@code fact_id}): its kind in the {@code fact} registry, as the type's name. For the compiled
   * read path, which reads such a fact as one of the types implementing {@code Fact}.
   */
  public static String graphQLTypeOf(String factKey) {
    StringBuilder sql = new StringBuilder("(select case sg_fact.kind");
    for (FactKind kind : values()) {
      sql.append(" when '")
          .append(kind.table)
          .append("' then '")
          .append(kind.graphQLType)
          .append("'");
    }
    return sql.append(" end from fact sg_fact where sg_fact.id = ")
        .append(factKey)
        .append(")")
        .toString();
  }

  /** The kind whose GraphQL type this is. */
  public static Optional<FactKind> ofGraphQLType(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }
}
