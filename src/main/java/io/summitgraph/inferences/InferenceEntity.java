package io.summitgraph.inferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fact, or one value of it, that an editor inferred rather than read in a source (V40). */
@Entity
@Table(name = "inference")
public class InferenceEntity {

  @Id public Long id;

  @Column(name = "fact_id")
  public Long factKey;

  /** The GraphQL field of the fact whose value is inferred; null when the whole fact is. */
  public String field;

  public String value;

  public String reasoning;

  public long version;
}
