package io.summitgraph.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Something a source states. Every fact has at least one citation. */
@Interface("Fact")
@Description(
    "Something the sources state: every fact has citations, and disputes where sources disagree.")
public interface Fact extends Node {

  @Id
  @NonNull
  @Name("id")
  @Override
  @Description("Opaque global ID. Stable; never build or parse it.")
  String getId();

  /** The fact's key, shared by all facts (one id sequence). */
  long key();
}
