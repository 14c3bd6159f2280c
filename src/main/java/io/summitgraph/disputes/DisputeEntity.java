package io.summitgraph.disputes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A property of a fact on which sources disagree. */
@Entity
@Table(name = "dispute")
public class DisputeEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_id")
  @SequenceGenerator(name = "fact_id", sequenceName = "fact_id_seq", allocationSize = 1)
  public Long id;

  @Column(name = "fact_id")
  public Long factKey;

  public String property;

  public String description;

  public boolean resolved;

  /** Optimistic-locking version: resolving a dispute names the version read. */
  @jakarta.persistence.Version public long version;
}
