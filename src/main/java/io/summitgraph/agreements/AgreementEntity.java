package io.summitgraph.agreements;

import io.summitgraph.common.persistence.FactEntity;
import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "agreement")
public class AgreementEntity extends FactEntity {

  @Column(name = "title")
  public String title;

  @Column(name = "description")
  public String description;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "signed_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "signed_precision"))
  public PartialDate signedOn;

  @Column(name = "event_id")
  public Long eventKey;
}
