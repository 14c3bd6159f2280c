package io.summitgraph.places;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "location")
public class LocationEntity extends FactEntity {

  @Column(name = "name")
  public String name;

  @Column(name = "aliases")
  public String[] aliases;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public LocationKind kind;

  @Column(name = "description")
  public String description;

  @Column(name = "latitude")
  public Double latitude;

  @Column(name = "longitude")
  public Double longitude;

  @Column(name = "country_id")
  public Long countryKey;

  @Column(name = "parent_id")
  public Long parentKey;
}
