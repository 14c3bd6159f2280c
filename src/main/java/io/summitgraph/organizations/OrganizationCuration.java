package io.summitgraph.organizations;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.facts.NamedRecordCuration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What curators do to organizations: record them, correct them, merge duplicates. The steps every
 * named record shares are {@link NamedRecordCuration}'s; an organization adds its kind.
 */
@ApplicationScoped
public class OrganizationCuration extends NamedRecordCuration<OrganizationEntity> {

  @Inject OrganizationRepository repository;

  public OrganizationCuration() {
    super(Organization.TYPE, "organization", "The organization", "An organization");
  }

  @Override
  protected OrganizationRepository repository() {
    return repository;
  }

  @CuratorChange
  public Organization create(OrganizationCreateInput input) {
    Problems problems = new Problems();
    OrganizationEntity organization = new OrganizationEntity();
    named(
        problems,
        organization,
        input.name(),
        input.aliases(),
        input.description(),
        input.country());
    organization.kind = input.kind();
    return Organization.from(recorded(problems, organization, input.citation()));
  }

  @CuratorChange
  public Organization update(OrganizationUpdateInput input) {
    Problems problems = new Problems();
    OrganizationEntity organization =
        current(problems, input.organization(), input.version(), "organization");
    corrected(
        problems,
        organization,
        input.name(),
        input.aliases(),
        input.description(),
        input.country());
    if (input.kind() != null) {
      organization.kind = input.kind();
    }
    return Organization.from(updated(problems, organization));
  }

  @CuratorChange
  public Organization merge(OrganizationMergeInput input) {
    return Organization.from(
        merge(input.survivor(), input.survivorVersion(), input.merged(), input.mergedVersion()));
  }
}
