package io.summitgraph.stances;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A stance paired with one of its holders (view {@code stance_holding}), so that the stances of
 * many parties page in one statement. Keyed by stance and holder: a stance held by two parties of
 * one batch is two rows, not one shared instance.
 */
@Entity
@Immutable
@Table(name = "stance_holding")
@IdClass(StanceHoldingEntity.Key.class)
public class StanceHoldingEntity extends StanceColumns {

  /** The holder: a person, country or organization (fact ids are unique across kinds). */
  @Id
  @Column(name = "party_id")
  public Long partyKey;

  /** The composite key: stance and holder. */
  public static class Key implements Serializable {
    public Long id;
    public Long partyKey;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(id, key.id)
          && Objects.equals(partyKey, key.partyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, partyKey);
    }
  }
}
