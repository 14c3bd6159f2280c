package io.summitgraph.quotes;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Quote")
@Description(
    "Words said, by a named speaker or a described one, on an occasion, reported through a chain"
        + " of outlets.")
public record Quote(
    @Ignore long key,
    @NonNull @Description("The words, exactly as quoted, with the source's typography.")
        String text,
    @Description(
            "Who said it when the sources do not name the speaker, e.g. an insider; may also"
                + " qualify a named speaker.")
        String speakerDescription,
    @Description("When it was said, if known.") PartialDate saidOn,
    @Ignore Long speakerKey,
    @Ignore Long organizationKey,
    @Ignore Long occasionKey)
    implements Fact {

  public static final String TYPE = "Quote";

  static Quote from(QuoteColumns entity) {
    return new Quote(
        entity.id,
        entity.text,
        entity.speakerDescription,
        entity.saidOn,
        entity.speakerKey,
        entity.organizationKey,
        entity.occasionKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
