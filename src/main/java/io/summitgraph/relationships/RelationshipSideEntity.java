package io.summitgraph.relationships;

import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A relationship paired with one of its parties (view {@code relationship_side}), so that the
 * relationships of many parties page in one statement. Keyed by relationship and party: a
 * relationship between two parties of one batch is two rows, not one shared instance.
 */
@Entity
@Immutable
@Table(name = "relationship_side")
@IdClass(RelationshipSideEntity.Key.class)
public class RelationshipSideEntity {

  @Id public Long id;

  /** The party: a person or a country (fact ids are unique across kinds). */
  @Id
  @Column(name = "party_id")
  public Long partyKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "character_kind")
  public RelationshipCharacter character;

  @Column(name = "description")
  public String description;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "since_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "since_precision"))
  public PartialDate since;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "until_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "until_precision"))
  public PartialDate until;

  /** The composite key: relationship and party. */
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
