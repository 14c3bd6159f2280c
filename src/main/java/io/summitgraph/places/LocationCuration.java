package io.summitgraph.places;

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

/** What curators do to places: record them, correct them, merge duplicates. */
@ApplicationScoped
public class LocationCuration {

  @Inject LocationRepository repository;
  @Inject References references;
  @Inject CitationWriter citations;
  @Inject Merges merges;

  @CuratorChange
  public Location create(LocationCreateInput input) {
    Problems problems = new Problems();
    LocationEntity location = new LocationEntity();
    location.name = Texts.required(problems, input.name(), "input", "name");
    location.aliases = Texts.names(input.aliases());
    location.kind = input.kind();
    location.description = Texts.optional(input.description());
    location.countryKey =
        references.optionalKey(problems, input.country(), Country.TYPE, "input", "country");
    location.parentKey =
        references.optionalKey(problems, input.parent(), Location.TYPE, "input", "parent");
    coordinates(problems, location, input.latitude(), input.longitude());
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    repository.persist(location);
    citations.attach(location.id, citation);
    return Location.from(location);
  }

  @CuratorChange
  public Location update(LocationUpdateInput input) {
    Problems problems = new Problems();
    Long key = references.key(problems, input.location(), Location.TYPE, "input", "location");
    problems.throwIfAny();
    LocationEntity location = current(key, input.version(), "version");
    if (input.name() != null) {
      location.name = Texts.required(problems, input.name(), "input", "name");
    }
    if (input.aliases() != null) {
      location.aliases = Texts.names(input.aliases());
    }
    if (input.kind() != null) {
      location.kind = input.kind();
    }
    if (input.description() != null) {
      location.description = Texts.optional(input.description());
    }
    if (input.country() != null) {
      location.countryKey =
          references.optionalKey(problems, input.country(), Country.TYPE, "input", "country");
    }
    if (input.parent() != null) {
      location.parentKey =
          references.optionalKey(problems, input.parent(), Location.TYPE, "input", "parent");
      problems.check(
          !key.equals(location.parentKey),
          UserErrorCode.RULE_VIOLATION,
          "A place cannot lie within itself.",
          "input",
          "parent");
    }
    if (input.latitude() != null || input.longitude() != null) {
      coordinates(problems, location, input.latitude(), input.longitude());
    }
    problems.throwIfAny();
    repository.flush();
    return Location.from(location);
  }

  @CuratorChange
  public Location merge(LocationMergeInput input) {
    Problems problems = new Problems();
    Long survivorKey =
        references.key(problems, input.survivor(), Location.TYPE, "input", "survivor");
    Long mergedKey = references.key(problems, input.merged(), Location.TYPE, "input", "merged");
    problems.throwIfAny();
    if (survivorKey.equals(mergedKey)) {
      throw UserErrorsException.of(
          UserErrorCode.INVALID, "A place cannot be merged into itself.", "input", "merged");
    }
    LocationEntity survivor = current(survivorKey, input.survivorVersion(), "survivorVersion");
    LocationEntity merged = current(mergedKey, input.mergedVersion(), "mergedVersion");
    survivor.aliases =
        Texts.mergedAliases(survivor.name, survivor.aliases, merged.name, merged.aliases);
    if (survivor.description == null) {
      survivor.description = merged.description;
    }
    if (survivor.countryKey == null) {
      survivor.countryKey = merged.countryKey;
    }
    if (survivor.latitude == null) {
      survivor.latitude = merged.latitude;
      survivor.longitude = merged.longitude;
    }
    if (survivor.parentKey == null && !survivorKey.equals(merged.parentKey)) {
      survivor.parentKey = merged.parentKey;
    }
    if (mergedKey.equals(survivor.parentKey)) {
      survivor.parentKey = null;
    }
    repository.flush();
    repository.getEntityManager().detach(merged);
    merges.merge("location", mergedKey, input.mergedVersion(), survivorKey);
    return Location.from(survivor);
  }

  private static void coordinates(
      Problems problems, LocationEntity location, Double latitude, Double longitude) {
    if (latitude == null && longitude == null) {
      return;
    }
    boolean both =
        problems.check(
            latitude != null && longitude != null,
            UserErrorCode.INVALID,
            "Give both coordinates or neither.",
            "input",
            latitude == null ? "latitude" : "longitude");
    if (!both) {
      return;
    }
    boolean valid =
        problems.check(
                latitude >= -90 && latitude <= 90,
                UserErrorCode.INVALID,
                "A latitude lies between -90 and 90.",
                "input",
                "latitude")
            & problems.check(
                longitude >= -180 && longitude <= 180,
                UserErrorCode.INVALID,
                "A longitude lies between -180 and 180.",
                "input",
                "longitude");
    if (valid) {
      location.latitude = latitude;
      location.longitude = longitude;
    }
  }

  private LocationEntity current(long key, int version, String versionField) {
    LocationEntity location = repository.findById(key);
    Versions.require(location.version, version, "The location", "input", versionField);
    return location;
  }
}
