package io.summitgraph.sources;

import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Citation")
@Description("A source and the exact excerpt of it that supports one fact.")
public record Citation(
    @Ignore long key,
    @NonNull @Description("The words of the source that support the fact, verbatim.")
        String excerpt,
    @NonNull
        @Description(
            "Where the excerpt starts in the source text (0-based, in UTF-16 code units as JavaScript counts).")
        Integer startOffset,
    @Ignore Long factKey,
    @Ignore Long sourceKey)
    implements Node {

  public static final String TYPE = "Citation";

  static Citation from(CitationEntity entity) {
    return new Citation(
        entity.id, entity.excerpt, entity.startOffset, entity.factKey, entity.sourceKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
