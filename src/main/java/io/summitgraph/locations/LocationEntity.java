package io.summitgraph.locations;

import io.summitgraph.common.persistence.NamedRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "location")
public class LocationEntity extends NamedRecordEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public LocationKind kind;

  @Column(name = "latitude")
  public Double latitude;

  @Column(name = "longitude")
  public Double longitude;

  @Column(name = "parent_id")
  public Long parentKey;
}
