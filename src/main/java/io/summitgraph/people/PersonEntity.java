package io.summitgraph.people;

import io.summitgraph.common.persistence.FactEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "person")
public class PersonEntity extends FactEntity {

  @Column(name = "name")
  public String name;

  @Column(name = "aliases")
  public String[] aliases;

  @Column(name = "description")
  public String description;

  @Column(name = "country_id")
  public Long countryKey;

  @Column(name = "residence_id")
  public Long residenceKey;
}
