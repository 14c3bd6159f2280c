package io.summitgraph.events;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "participation")
public class ParticipationEntity extends FactEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  public ParticipantRole role;

  @Column(name = "capacity")
  public String capacity;

  @Column(name = "event_id")
  public Long eventKey;

  @Column(name = "person_id")
  public Long personKey;
}
