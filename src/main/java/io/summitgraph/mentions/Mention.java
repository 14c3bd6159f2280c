package io.summitgraph.mentions;

import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Mention")
@Description(
    "A place in a source's text that names a known person, organization, country or location,"
        + " whatever the spelling (case, accents, hyphens, spacing).")
public record Mention(
    @Ignore long key,
    @NonNull
        @Description(
            "Where the name starts in the source's text, in characters (Unicode code points) from 0.")
        int start,
    @NonNull @Description("Where the name ends (exclusive), in characters from 0.") int end,
    @NonNull @Description("The name exactly as the source writes it.") String text,
    @Ignore long sourceKey,
    @Ignore MentionSubjectKey subjectKey)
    implements Node {

  public static final String TYPE = "Mention";

  static Mention from(MentionEntity entity) {
    return new Mention(
        entity.id,
        entity.startOffset,
        entity.endOffset,
        entity.text,
        entity.sourceKey,
        entity.subject());
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
