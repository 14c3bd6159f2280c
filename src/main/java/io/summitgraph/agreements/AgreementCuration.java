package io.summitgraph.agreements;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.UserErrorsException;
import io.summitgraph.common.mutations.Versions;
import io.summitgraph.common.time.PartialDates;
import io.summitgraph.events.Event;
import io.summitgraph.facts.CitationWriter;
import io.summitgraph.locations.Location;
import io.summitgraph.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What curators do to agreements and commitments: record them, follow a commitment's status. */
@ApplicationScoped
public class AgreementCuration {

  /** An agreement and its commitments, as recorded. */
  public record Recorded(Agreement agreement, List<Commitment> commitments) {}

  private record Party(PartyKind kind, long key) {}

  private record Planned(
      CommitmentEntity commitment,
      List<Party> parties,
      Set<Long> locations,
      CitationWriter.Checked citation) {}

  @Inject AgreementRepository agreements;
  @Inject CommitmentRepository commitments;
  @Inject References references;
  @Inject CitationWriter citations;

  @CuratorChange
  public Recorded record(AgreementRecordInput input) {
    Problems problems = new Problems();
    AgreementEntity agreement = new AgreementEntity();
    agreement.title = Texts.required(problems, input.title(), "input", "title");
    agreement.description = Texts.optional(input.description());
    agreement.eventKey =
        references.optionalKey(problems, input.event(), Event.TYPE, "input", "event");
    agreement.signedOn = PartialDates.parse(input.signedOn(), problems, "input", "signedOn");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    List<Planned> planned = new ArrayList<>();
    List<AgreementCommitmentInput> given =
        input.commitments() == null ? List.of() : input.commitments();
    for (int i = 0; i < given.size(); i++) {
      planned.add(plan(problems, given.get(i), "input", "commitments", String.valueOf(i)));
    }
    problems.throwIfAny();
    agreements.persist(agreement);
    citations.attach(agreement.id, citation);
    List<Commitment> written = new ArrayList<>();
    for (Planned plan : planned) {
      plan.commitment().agreementKey = agreement.id;
      commitments.persist(plan.commitment());
      commitments.flush();
      long key = plan.commitment().id;
      for (int position = 0; position < plan.parties().size(); position++) {
        Party party = plan.parties().get(position);
        commitments
            .getEntityManager()
            .createNativeQuery(
                "insert into commitment_party (commitment_id, position, "
                    + party.kind().column
                    + ") values (:commitment, :position, :party)")
            .setParameter("commitment", key)
            .setParameter("position", position + 1)
            .setParameter("party", party.key())
            .executeUpdate();
      }
      for (long location : plan.locations()) {
        commitments
            .getEntityManager()
            .createNativeQuery(
                "insert into commitment_location (commitment_id, location_id)"
                    + " values (:commitment, :location)")
            .setParameter("commitment", key)
            .setParameter("location", location)
            .executeUpdate();
      }
      citations.attach(key, plan.citation());
      written.add(Commitment.from(plan.commitment()));
    }
    return new Recorded(Agreement.from(agreement), written);
  }

  @CuratorChange
  public Commitment changeStatus(CommitmentChangeStatusInput input) {
    Problems problems = new Problems();
    Long key = references.key(problems, input.commitment(), Commitment.TYPE, "input", "commitment");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    CommitmentEntity commitment = commitments.findById(key);
    Versions.require(commitment.version, input.version(), "The commitment", "input", "version");
    if (commitment.status == input.status()) {
      throw UserErrorsException.of(
          UserErrorCode.INVALID, "The commitment already has this status.", "input", "status");
    }
    commitment.status = input.status();
    commitments.flush();
    if (!citations.cites(key, citation)) {
      citations.attach(key, citation);
    }
    return Commitment.from(commitment);
  }

  private Planned plan(Problems problems, AgreementCommitmentInput input, String... path) {
    CommitmentEntity commitment = new CommitmentEntity();
    commitment.description =
        Texts.required(problems, input.description(), Problems.path(path, "description"));
    commitment.kind = input.kind();
    commitment.status = input.status();
    commitment.condition = Texts.optional(input.condition());
    commitment.announcedByKey =
        references.optionalKey(
            problems, input.announcedBy(), Person.TYPE, Problems.path(path, "announcedBy"));
    List<Party> parties = new ArrayList<>();
    List<String> partyIds = input.parties() == null ? List.of() : input.parties();
    for (int i = 0; i < partyIds.size(); i++) {
      String[] field = Problems.path(path, "parties", String.valueOf(i));
      var decoded = GlobalId.tryDecode(partyIds.get(i));
      PartyKind kind = null;
      for (PartyKind candidate : PartyKind.values()) {
        if (decoded.isPresent() && candidate.nodeType.equals(decoded.get().type())) {
          kind = candidate;
        }
      }
      if (kind == null) {
        problems.add(
            UserErrorCode.NOT_FOUND, "A party is a Person, Country or Organization ID.", field);
        continue;
      }
      Long key = references.optionalKey(problems, partyIds.get(i), kind.nodeType, field);
      if (key != null) {
        Party party = new Party(kind, key);
        problems.check(
            !parties.contains(party), UserErrorCode.DUPLICATE, "This party is named twice.", field);
        parties.add(party);
      }
    }
    Set<Long> locations = new LinkedHashSet<>();
    List<String> locationIds = input.locations() == null ? List.of() : input.locations();
    for (int i = 0; i < locationIds.size(); i++) {
      Long key =
          references.optionalKey(
              problems,
              locationIds.get(i),
              Location.TYPE,
              Problems.path(path, "locations", String.valueOf(i)));
      if (key != null) {
        locations.add(key);
      }
    }
    var citation = citations.check(problems, input.citation(), Problems.path(path, "citation"));
    return new Planned(commitment, parties, locations, citation);
  }
}
