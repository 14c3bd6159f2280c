package io.summitgraph.events;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "event_relation")
public class EventRelationEntity extends FactEntity {

  @Column(name = "event_id")
  public Long eventKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public EventRelationKind kind;

  @Column(name = "related_event_id")
  public Long relatedEventKey;
}
