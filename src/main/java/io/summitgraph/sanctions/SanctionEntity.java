package io.summitgraph.sanctions;

import io.summitgraph.common.persistence.FactEntity;
import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "sanction")
public class SanctionEntity extends FactEntity {

  @Column(name = "description")
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "sector")
  public SanctionSector sector;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  public SanctionStatus status;

  @Column(name = "lifting_condition")
  public String liftingCondition;

  @Column(name = "lifting_consideration")
  public String liftingConsideration;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "imposed_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "imposed_precision"))
  public PartialDate imposedOn;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "lifted_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "lifted_precision"))
  public PartialDate liftedOn;

  @Column(name = "lift_reason")
  public String liftReason;

  @Column(name = "issuer_id")
  public Long issuerKey;

  @Column(name = "target_id")
  public Long targetKey;
}
