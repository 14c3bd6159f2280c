package io.summitgraph.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/**
 * An event as listed under a parent: a country, an enclosing location or a participant. Read-only.
 *
 * <p>Nested event connections page the events of many parents in one statement, and the rows must
 * say which parent they belong to; an event can sit under several parents of one batch (a farm
 * visit under the farm and under its county), so the parent is part of the row's identity and the
 * event is read with the same columns as {@link EventEntity} but a different identity (parent and
 * event). Under a participant the row also carries the participation.
 */
@Entity
@Immutable
@IdClass(ListedEventEntity.Key.class)
@Subselect(
    "select e.*, e.country_id as parent_key, cast(null as bigint) as participation_id,"
        + " cast(null as text) as participant_role, cast(null as text) as participant_capacity"
        + " from event e")
@Synchronize("event")
public class ListedEventEntity extends EventColumns {

  /** Columns of the participation, for rows listed under a participant. */
  static final String PARTICIPATION_COLUMNS =
      "pa.id as participation_id, pa.role as participant_role, pa.capacity as participant_capacity";

  /** Placeholders for the participation columns, for rows listed under anything else. */
  static final String NO_PARTICIPATION_COLUMNS =
      "cast(null as bigint) as participation_id, cast(null as text) as participant_role,"
          + " cast(null as text) as participant_capacity";

  @Id
  @Column(name = "parent_key")
  public Long parentKey;

  @Column(name = "participation_id")
  public Long participationKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "participant_role")
  public ParticipantRole participantRole;

  @Column(name = "participant_capacity")
  public String participantCapacity;

  /** The identity of a row: the parent it is listed under and the event. */
  public static class Key implements Serializable {

    public Long parentKey;
    public Long id;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(parentKey, key.parentKey)
          && Objects.equals(id, key.id);
    }

    @Override
    public int hashCode() {
      return Objects.hash(parentKey, id);
    }
  }
}
