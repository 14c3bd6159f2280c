package io.summitgraph.sanctions;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.Versions;
import io.summitgraph.common.time.PartialDates;
import io.summitgraph.countries.Country;
import io.summitgraph.facts.CitationInput;
import io.summitgraph.facts.CitationWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What curators do to sanctions: impose, amend and lift them. */
@ApplicationScoped
public class SanctionCuration {

  @Inject SanctionRepository repository;
  @Inject References references;
  @Inject CitationWriter citations;

  @CuratorChange
  public Sanction impose(SanctionImposeInput input) {
    Problems problems = new Problems();
    SanctionEntity sanction = new SanctionEntity();
    sanction.description = Texts.required(problems, input.description(), "input", "description");
    sanction.issuerKey = references.key(problems, input.issuer(), Country.TYPE, "input", "issuer");
    sanction.targetKey = references.key(problems, input.target(), Country.TYPE, "input", "target");
    sanction.sector = input.sector();
    sanction.status = input.status() == null ? SanctionStatus.ACTIVE : input.status();
    problems.check(
        sanction.status == SanctionStatus.ACTIVE || sanction.status == SanctionStatus.PROPOSED,
        UserErrorCode.RULE_VIOLATION,
        "A sanction is imposed ACTIVE or PROPOSED.",
        "input",
        "status");
    sanction.liftingCondition = Texts.optional(input.liftingCondition());
    sanction.liftingConsideration = Texts.optional(input.liftingConsideration());
    sanction.imposedOn = PartialDates.parse(input.imposedOn(), problems, "input", "imposedOn");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    repository.persist(sanction);
    citations.attach(sanction.id, citation);
    return Sanction.from(sanction);
  }

  @CuratorChange
  public Sanction amend(SanctionAmendInput input) {
    Problems problems = new Problems();
    SanctionEntity sanction = current(problems, input.sanction(), input.version());
    problems.check(
        sanction.status != SanctionStatus.LIFTED,
        UserErrorCode.RULE_VIOLATION,
        "A lifted sanction is not amended; record a new one.",
        "input",
        "sanction");
    if (input.description() != null) {
      sanction.description = Texts.required(problems, input.description(), "input", "description");
    }
    if (input.sector() != null) {
      sanction.sector = input.sector();
    }
    if (input.status() != null) {
      problems.check(
          input.status() != SanctionStatus.LIFTED,
          UserErrorCode.RULE_VIOLATION,
          "Lifting takes a date and a reason: use sanctionLift.",
          "input",
          "status");
      sanction.status = input.status();
    }
    if (input.liftingCondition() != null) {
      sanction.liftingCondition = Texts.optional(input.liftingCondition());
    }
    if (input.liftingConsideration() != null) {
      sanction.liftingConsideration = Texts.optional(input.liftingConsideration());
    }
    if (input.imposedOn() != null) {
      sanction.imposedOn = PartialDates.parse(input.imposedOn(), problems, "input", "imposedOn");
    }
    var citation = optionalCitation(problems, input.citation());
    problems.throwIfAny();
    repository.flush();
    attach(sanction.id, citation);
    return Sanction.from(sanction);
  }

  @CuratorChange
  public Sanction lift(SanctionLiftInput input) {
    Problems problems = new Problems();
    SanctionEntity sanction = current(problems, input.sanction(), input.version());
    problems.check(
        sanction.status == SanctionStatus.ACTIVE,
        UserErrorCode.RULE_VIOLATION,
        "Only an active sanction can be lifted; this one is " + sanction.status + ".",
        "input",
        "sanction");
    problems.check(
        input.liftedOn() != null,
        UserErrorCode.RULE_VIOLATION,
        "Lifting a sanction needs the date it was lifted.",
        "input",
        "liftedOn");
    String reason = Texts.optional(input.reason());
    problems.check(
        reason != null,
        UserErrorCode.RULE_VIOLATION,
        "Lifting a sanction needs the reason it was lifted.",
        "input",
        "reason");
    var liftedOn = PartialDates.parse(input.liftedOn(), problems, "input", "liftedOn");
    if (liftedOn != null && sanction.imposedOn != null) {
      problems.check(
          PartialDates.endsAfter(sanction.imposedOn, liftedOn),
          UserErrorCode.RULE_VIOLATION,
          "A sanction cannot be lifted before it was imposed.",
          "input",
          "liftedOn");
    }
    var citation = optionalCitation(problems, input.citation());
    problems.throwIfAny();
    sanction.status = SanctionStatus.LIFTED;
    sanction.liftedOn = liftedOn;
    sanction.liftReason = reason;
    repository.flush();
    attach(sanction.id, citation);
    return Sanction.from(sanction);
  }

  private CitationWriter.Checked optionalCitation(Problems problems, CitationInput input) {
    return input == null ? null : citations.check(problems, input, "input", "citation");
  }

  private void attach(long key, CitationWriter.Checked citation) {
    if (citation != null && !citations.cites(key, citation)) {
      citations.attach(key, citation);
    }
  }

  /** The sanction at the version the client read; refuses otherwise. */
  private SanctionEntity current(Problems problems, String id, int version) {
    Long key = references.key(problems, id, Sanction.TYPE, "input", "sanction");
    problems.throwIfAny();
    SanctionEntity sanction = repository.findById(key);
    Versions.require(sanction.version, version, "The sanction", "input", "version");
    return sanction;
  }
}
