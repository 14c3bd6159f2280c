package io.summitgraph.common.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * A stored fact. All facts draw their ids from one sequence, so an id alone names a fact and
 * citations can point at any of them (the database registers each fact in its {@code fact} table).
 */
@MappedSuperclass
public abstract class FactEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_id")
  @SequenceGenerator(name = "fact_id", sequenceName = "fact_id_seq", allocationSize = 1)
  public Long id;

  /** Optimistic-locking version: an update must name the version it read. */
  @Version public long version;
}
