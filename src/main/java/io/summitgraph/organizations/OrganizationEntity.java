package io.summitgraph.organizations;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "organization")
public class OrganizationEntity extends FactEntity {

  @Column(name = "name")
  public String name;

  @Column(name = "aliases")
  public String[] aliases;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public OrganizationKind kind;

  @Column(name = "description")
  public String description;

  @Column(name = "country_id")
  public Long countryKey;
}
