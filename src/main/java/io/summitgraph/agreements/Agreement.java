package io.summitgraph.agreements;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Agreement")
@Description("A document agreed at an event, e.g. a joint statement, with its commitments.")
public record Agreement(
    @Ignore long key,
    @NonNull @Description("Title, e.g. Joint Statement of the Singapore summit.") String title,
    @Description("What the agreement is, in a sentence.") String description,
    @Description("When it was signed, at the precision the sources give.") PartialDate signedOn,
    @Ignore Long eventKey)
    implements Fact {

  public static final String TYPE = "Agreement";

  static Agreement from(AgreementEntity entity) {
    return new Agreement(
        entity.id, entity.title, entity.description, entity.signedOn, entity.eventKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
