package io.summitgraph.facts;

import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * How the compiled read path reads every fact's version and audit trail from the fact registry
 * (served to the resolvers by common/graphql/FactAuditGraphQLApi).
 */
@ApplicationScoped
class FactReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of("FactAudit", "fact")
            .field("createdAt", instant("created_at"))
            .column("createdBy", "created_by")
            .field("updatedAt", instant("updated_at"))
            .column("updatedBy", "updated_by"),
        TypeReads.extend("Fact")
            .field(
                "version",
                new FieldRead.Value(
                    "(select cast(sg_f.version as integer) from fact sg_f where sg_f.id = "
                        + FieldRead.ROW
                        + ".id)"))
            .toOne("audit", "FactAudit", "id"));
  }

  /**
   * A timestamp as the API writes an {@code OffsetDateTime} in UTC ({@code
   * OffsetDateTime.toString()}): seconds only when not zero, then milliseconds or microseconds,
   * whichever shows every digit, and {@code Z}.
   */
  private static FieldRead instant(String column) {
    String utc = "(" + FieldRead.ROW + "." + column + " at time zone 'UTC')";
    String micros = "cast(extract(microseconds from " + utc + ") as bigint)";
    return new FieldRead.Value(
        "(to_char("
            + utc
            + ", 'YYYY-MM-DD\"T\"HH24:MI') || case when "
            + micros
            + " = 0 then '' else ':' || to_char("
            + utc
            + ", 'SS') || case when "
            + micros
            + " % 1000000 = 0 then '' when "
            + micros
            + " % 1000 = 0 then '.' || to_char("
            + utc
            + ", 'MS') else '.' || to_char("
            + utc
            + ", 'US') end end || 'Z')");
  }
}
