package io.summitgraph.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every named record shares (a person, an organization, a place): what curators name,
 * alias, describe, place in a country and merge (see {@code facts/NamedRecordCuration}).
 */
@MappedSuperclass
public abstract class NamedRecordEntity extends FactEntity {

  @Column(name = "name")
  public String name;

  @Column(name = "aliases")
  public String[] aliases;

  @Column(name = "description")
  public String description;

  @Column(name = "country_id")
  public Long countryKey;
}
