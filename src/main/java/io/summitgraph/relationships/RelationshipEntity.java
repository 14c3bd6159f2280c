package io.summitgraph.relationships;

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
@Table(name = "relationship")
public class RelationshipEntity extends FactEntity {

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
}
