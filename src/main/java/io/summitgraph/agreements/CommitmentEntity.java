package io.summitgraph.agreements;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "commitment")
public class CommitmentEntity extends FactEntity {

  @Column(name = "description")
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public CommitmentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  public CommitmentStatus status;

  @Column(name = "condition")
  public String condition;

  @Column(name = "agreement_id")
  public Long agreementKey;

  @Column(name = "announced_by_id")
  public Long announcedByKey;
}
