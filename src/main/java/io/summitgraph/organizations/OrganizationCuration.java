package io.summitgraph.organizations;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.UserErrorsException;
import io.summitgraph.common.mutations.Versions;
import io.summitgraph.common.persistence.Merges;
import io.summitgraph.countries.Country;
import io.summitgraph.facts.CitationWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What curators do to organizations: record them, correct them, merge duplicates. */
@ApplicationScoped
public class OrganizationCuration {

  @Inject OrganizationRepository repository;
  @Inject References references;
  @Inject CitationWriter citations;
  @Inject Merges merges;

  @CuratorChange
  public Organization create(OrganizationCreateInput input) {
    Problems problems = new Problems();
    OrganizationEntity organization = new OrganizationEntity();
    organization.name = Texts.required(problems, input.name(), "input", "name");
    organization.aliases = Texts.names(input.aliases());
    organization.kind = input.kind();
    organization.description = Texts.optional(input.description());
    organization.countryKey =
        references.optionalKey(problems, input.country(), Country.TYPE, "input", "country");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    repository.persist(organization);
    citations.attach(organization.id, citation);
    return Organization.from(organization);
  }

  @CuratorChange
  public Organization update(OrganizationUpdateInput input) {
    Problems problems = new Problems();
    Long key =
        references.key(problems, input.organization(), Organization.TYPE, "input", "organization");
    problems.throwIfAny();
    OrganizationEntity organization = current(key, input.version(), "version");
    if (input.name() != null) {
      organization.name = Texts.required(problems, input.name(), "input", "name");
    }
    if (input.aliases() != null) {
      organization.aliases = Texts.names(input.aliases());
    }
    if (input.kind() != null) {
      organization.kind = input.kind();
    }
    if (input.description() != null) {
      organization.description = Texts.optional(input.description());
    }
    if (input.country() != null) {
      organization.countryKey =
          references.optionalKey(problems, input.country(), Country.TYPE, "input", "country");
    }
    problems.throwIfAny();
    repository.flush();
    return Organization.from(organization);
  }

  @CuratorChange
  public Organization merge(OrganizationMergeInput input) {
    Problems problems = new Problems();
    Long survivorKey =
        references.key(problems, input.survivor(), Organization.TYPE, "input", "survivor");
    Long mergedKey = references.key(problems, input.merged(), Organization.TYPE, "input", "merged");
    problems.throwIfAny();
    if (survivorKey.equals(mergedKey)) {
      throw UserErrorsException.of(
          UserErrorCode.INVALID,
          "An organization cannot be merged into itself.",
          "input",
          "merged");
    }
    OrganizationEntity survivor = current(survivorKey, input.survivorVersion(), "survivorVersion");
    OrganizationEntity merged = current(mergedKey, input.mergedVersion(), "mergedVersion");
    survivor.aliases =
        Texts.mergedAliases(survivor.name, survivor.aliases, merged.name, merged.aliases);
    if (survivor.description == null) {
      survivor.description = merged.description;
    }
    if (survivor.countryKey == null) {
      survivor.countryKey = merged.countryKey;
    }
    repository.flush();
    repository.getEntityManager().detach(merged);
    merges.merge("organization", mergedKey, input.mergedVersion(), survivorKey);
    return Organization.from(survivor);
  }

  private OrganizationEntity current(long key, int version, String versionField) {
    OrganizationEntity organization = repository.findById(key);
    Versions.require(organization.version, version, "The organization", "input", versionField);
    return organization;
  }
}
