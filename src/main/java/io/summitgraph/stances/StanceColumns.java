package io.summitgraph.stances;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of a stance, shared by {@link StanceEntity} (a stance) and {@link
 * StanceHoldingEntity} (a stance as listed under one of its holders).
 */
@MappedSuperclass
public abstract class StanceColumns extends FactEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public StanceKind kind;

  @Column(name = "description")
  public String description;

  @Column(name = "holder_description")
  public String holderDescription;

  @Column(name = "event_id")
  public Long eventKey;

  @Column(name = "agreement_id")
  public Long agreementKey;
}
