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
   * A timestamp as the API writes an {@code OffsetDateTime} in UTC (ISO 8601 with seconds, the
   * fraction without trailing zeros and only when there is one, then {@code Z}).
   */
  static FieldRead instant(String column) {
    String utc = "(" + FieldRead.ROW + "." + column + " at time zone 'UTC')";
    return new FieldRead.Value(
        "(to_char("
            + utc
            + ", 'YYYY-MM-DD\"T\"HH24:MI:SS') || case when to_char("
            + utc
            + ", 'US') = '000000' then '' else '.' || rtrim(to_char("
            + utc
            + ", 'US'), '0') end || 'Z')");
  }
}
