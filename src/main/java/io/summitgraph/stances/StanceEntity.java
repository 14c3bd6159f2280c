package io.summitgraph.stances;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "stance")
public class StanceEntity extends FactEntity {

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
