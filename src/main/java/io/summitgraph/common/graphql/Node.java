package io.summitgraph.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything with a global ID, fetchable again through {@code node(id:)}. */
@Interface("Node")
@Description("An object with an opaque global ID; fetch it again with node(id:).")
public interface Node {

  @Id
  @NonNull
  @Name("id")
  @Description("Opaque global ID. Stable; never build or parse it.")
  String getId();
}
