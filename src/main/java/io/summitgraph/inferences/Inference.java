package io.summitgraph.inferences;

import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Inference")
@Description(
    "Something no source states word for word but an editor inferred: a year from context, an"
        + " identity between two mentions, a place kind, a role. Either one value of a fact (field)"
        + " or the whole fact (field null), always with its reasoning.")
public record Inference(
    @Ignore long key,
    @Ignore long factKey,
    @Description(
            "The field of the fact whose value is inferred, as the API names it (e.g. kind, country,"
                + " date); null when the fact as a whole is inferred.")
        String field,
    @Description(
            "The inferred value, when the field itself cannot show it: the year of a date stated"
                + " without one gives 2018-11-06 for --11-06. Null when the field's value is the"
                + " inferred one.")
        String value,
    @NonNull
        @Description(
            "Why the editor inferred it: what the sources say, and what was read from them or added"
                + " from general knowledge.")
        String reasoning)
    implements Node {

  public static final String TYPE = "Inference";

  static Inference from(InferenceEntity entity) {
    return new Inference(entity.id, entity.factKey, entity.field, entity.value, entity.reasoning);
  }

  /** Whether the fact as a whole, not one of its values, is inferred. */
  public boolean wholeFact() {
    return field == null;
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
