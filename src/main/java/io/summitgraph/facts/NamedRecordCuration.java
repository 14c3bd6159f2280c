package io.summitgraph.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.UserErrorsException;
import io.summitgraph.common.mutations.Versions;
import io.summitgraph.common.persistence.Merges;
import io.summitgraph.common.persistence.NamedRecordEntity;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What curators do to any named record (a person, an organization, a place): record it with a
 * citation, correct it, merge a duplicate into it. A feature's curation extends this, keeps the
 * public entry methods annotated {@code @CuratorChange} (interceptors do not apply to the calls a
 * bean makes to itself, so the steps here are plain protected methods run inside that change), and
 * adds only the fields of its own.
 *
 * <p>A create runs {@link #named} then {@link #recorded}; an update {@link #current(Problems,
 * String, long, String)}, {@link #corrected} then {@link #updated}; a merge is {@link #merge}, with
 * {@link #absorb} for the feature's own fields.
 *
 * @param <E> the record's entity
 */
public abstract class NamedRecordCuration<E extends NamedRecordEntity> {

  /** The GraphQL type of a record's country (the countries feature sits above this package). */
  private static final String COUNTRY = "Country";

  @Inject protected References references;
  @Inject protected CitationWriter citations;
  @Inject protected Merges merges;

  private final String type;
  private final String mergeKind;
  private final String theRecord;
  private final String aRecord;

  /**
   * @param type the record's GraphQL type ({@code Person}), which its IDs name
   * @param mergeKind the record's kind for {@code sg_merge} ({@code person})
   * @param theRecord how a version conflict names it ({@code The person})
   * @param aRecord how a merge into itself names it ({@code A person})
   */
  protected NamedRecordCuration(String type, String mergeKind, String theRecord, String aRecord) {
    this.type = type;
    this.mergeKind = mergeKind;
    this.theRecord = theRecord;
    this.aRecord = aRecord;
  }

  /** The record's repository. */
  protected abstract PanacheRepositoryBase<E, Long> repository();

  /** Fills the shared fields of a new record from its input. */
  protected void named(
      Problems problems,
      E record,
      String name,
      List<String> aliases,
      String description,
      String country) {
    record.name = Texts.required(problems, name, "input", "name");
    record.aliases = Texts.names(aliases);
    record.description = Texts.optional(description);
    record.countryKey = countryKey(problems, country);
  }

  /**
   * Checks the citation, refuses the create if anything was wrong, then stores the record and its
   * citation.
   */
  protected E recorded(Problems problems, E record, CitationInput citation) {
    var checked = citations.check(problems, citation, "input", "citation");
    problems.throwIfAny();
    repository().persist(record);
    citations.attach(record.id, checked);
    return record;
  }

  /**
   * The record an update names by {@code id} (at {@code input.<field>}), refused unless still at
   * the {@code version} the client read.
   */
  protected E current(Problems problems, String id, long version, String field) {
    Long key = references.key(problems, id, type, "input", field);
    problems.throwIfAny();
    return current(key, version, "version");
  }

  /** Corrects the shared fields an update names (null leaves a field as it is). */
  protected void corrected(
      Problems problems,
      E record,
      String name,
      List<String> aliases,
      String description,
      String country) {
    if (name != null) {
      record.name = Texts.required(problems, name, "input", "name");
    }
    if (aliases != null) {
      record.aliases = Texts.names(aliases);
    }
    if (description != null) {
      record.description = Texts.optional(description);
    }
    if (country != null) {
      record.countryKey = countryKey(problems, country);
    }
  }

  /** Refuses the update if anything was wrong, else writes it. */
  protected E updated(Problems problems, E record) {
    problems.throwIfAny();
    repository().flush();
    return record;
  }

  /**
   * Merges the record {@code merged} names into the one {@code survivor} names, both at the
   * versions the client read: the survivor takes the other's name and aliases as aliases, its
   * description and country where it has none (and what {@link #absorb} takes), and the merged
   * record's relationships, citations and ID (which redirects to the survivor).
   */
  protected E merge(String survivorId, long survivorVersion, String mergedId, long mergedVersion) {
    Problems problems = new Problems();
    Long survivorKey = references.key(problems, survivorId, type, "input", "survivor");
    Long mergedKey = references.key(problems, mergedId, type, "input", "merged");
    problems.throwIfAny();
    if (survivorKey.equals(mergedKey)) {
      throw UserErrorsException.of(
          UserErrorCode.INVALID, aRecord + " cannot be merged into itself.", "input", "merged");
    }
    E survivor = current(survivorKey, survivorVersion, "survivorVersion");
    E merged = current(mergedKey, mergedVersion, "mergedVersion");
    survivor.aliases =
        Texts.mergedAliases(survivor.name, survivor.aliases, merged.name, merged.aliases);
    if (survivor.description == null) {
      survivor.description = merged.description;
    }
    if (survivor.countryKey == null) {
      survivor.countryKey = merged.countryKey;
    }
    absorb(survivor, merged);
    repository().flush();
    repository().getEntityManager().detach(merged);
    merges.merge(mergeKind, mergedKey, mergedVersion, survivorKey);
    return survivor;
  }

  /** Takes what the survivor of a merge lacks from the merged record's own fields; none here. */
  protected void absorb(E survivor, E merged) {}

  private Long countryKey(Problems problems, String country) {
    return references.optionalKey(problems, country, COUNTRY, "input", "country");
  }

  private E current(long key, long version, String versionField) {
    E record = repository().findById(key);
    Versions.require(record.version, version, theRecord, "input", versionField);
    return record;
  }
}
