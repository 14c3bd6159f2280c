package io.summitgraph.people;

import io.summitgraph.common.persistence.FactEntity;
import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "person_role")
public class PersonRoleEntity extends FactEntity {

  @Column(name = "title")
  public String title;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "started_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "started_precision"))
  public PartialDate started;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "ended_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "ended_precision"))
  public PartialDate ended;

  @Column(name = "person_id")
  public Long personKey;

  @Column(name = "organization_id")
  public Long organizationKey;

  @Column(name = "country_id")
  public Long countryKey;
}
