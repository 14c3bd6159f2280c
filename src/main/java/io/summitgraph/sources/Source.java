package io.summitgraph.sources;

import io.summitgraph.common.graphql.CacheControl;
import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
@CacheControl(maxAge = 600)
@Description("A document facts come from, with its full text.")
public record Source(
    @Ignore long key,
    @NonNull @Description("Short stable name of the source.") String slug,
    @NonNull @Description("Title.") String title,
    @NonNull @Description("The full text, exactly as published.") String text,
    @Description("Where it was published, if known.") String url,
    @Description("When it was published, if known.") PartialDate publishedOn,
    @NonNull @Description("SHA-256 of the text, hex.") String contentHash,
    @Ignore Long authorKey,
    @Ignore Long publisherKey)
    implements Node {

  public static final String TYPE = "Source";

  static Source from(SourceEntity entity) {
    return new Source(
        entity.id,
        entity.slug,
        entity.title,
        entity.text,
        entity.url,
        entity.publishedOn,
        entity.contentHash,
        entity.authorKey,
        entity.publisherKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
