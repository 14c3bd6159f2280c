package io.summitgraph.organizations;

import io.summitgraph.common.persistence.NamedRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "organization")
public class OrganizationEntity extends NamedRecordEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  public OrganizationKind kind;
}
