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
            "Where the excerpt first starts in the source text, in characters (Unicode code points) from 0.")
        Integer startOffset,
    @Ignore Long factKey,
    @Ignore Long sourceKey)
    implements Node {

  public static final String TYPE = "Citation";

  static Citation from(CitationEntity entity) {
    return new Citation(
        entity.id, entity.excerpt, entity.startOffset, entity.factKey, entity.sourceKey);
  }

  @NonNull
  @Description("Where the excerpt ends in the source text (exclusive), in characters from 0.")
  public int getEndOffset() {
    return startOffset + excerpt.codePointCount(0, excerpt.length());
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
