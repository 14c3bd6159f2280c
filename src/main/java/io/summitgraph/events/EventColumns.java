package io.summitgraph.events;

import io.summitgraph.common.persistence.FactEntity;
import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of an event, shared by {@link EventEntity} (an event) and {@link ListedEventEntity}
 * (an event as listed under a parent).
 */
@MappedSuperclass
public abstract class EventColumns extends FactEntity {

  @Column(name = "name")
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public EventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  public EventStatus status;

  @Column(name = "description")
  public String description;

  @Column(name = "outcome")
  public String outcome;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "starts_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
  public PartialDate date;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "ends_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
  public PartialDate endDate;

  @Column(name = "date_note")
  public String dateNote;

  @Column(name = "summit_sequence")
  public Integer summitSequence;

  @Column(name = "location_id")
  public Long locationKey;

  @Column(name = "country_id")
  public Long countryKey;

  @Column(name = "follow_up_of_id")
  public Long followUpOfKey;
}
