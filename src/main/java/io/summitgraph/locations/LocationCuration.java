package io.summitgraph.locations;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.facts.NamedRecordCuration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What curators do to places: record them, correct them, merge duplicates. The steps every named
 * record shares are {@link NamedRecordCuration}'s; a place adds its kind, its enclosing place and
 * its coordinates.
 */
@ApplicationScoped
public class LocationCuration extends NamedRecordCuration<LocationEntity> {

  @Inject LocationRepository repository;

  public LocationCuration() {
    super(Location.TYPE, "location", "The location", "A place");
  }

  @Override
  protected LocationRepository repository() {
    return repository;
  }

  @CuratorChange
  public Location create(LocationCreateInput input) {
    Problems problems = new Problems();
    LocationEntity location = new LocationEntity();
    named(problems, location, input.name(), input.aliases(), input.description(), input.country());
    location.kind = input.kind();
    location.parentKey = parentKey(problems, input.parent());
    coordinates(problems, location, input.latitude(), input.longitude());
    return Location.from(recorded(problems, location, input.citation()));
  }

  @CuratorChange
  public Location update(LocationUpdateInput input) {
    Problems problems = new Problems();
    LocationEntity location = current(problems, input.location(), input.version(), "location");
    corrected(
        problems, location, input.name(), input.aliases(), input.description(), input.country());
    if (input.kind() != null) {
      location.kind = input.kind();
    }
    if (input.parent() != null) {
      location.parentKey = parentKey(problems, input.parent());
      problems.check(
          !location.id.equals(location.parentKey),
          UserErrorCode.RULE_VIOLATION,
          "A place cannot lie within itself.",
          "input",
          "parent");
    }
    if (input.latitude() != null || input.longitude() != null) {
      coordinates(problems, location, input.latitude(), input.longitude());
    }
    return Location.from(updated(problems, location));
  }

  @CuratorChange
  public Location merge(LocationMergeInput input) {
    return Location.from(
        merge(input.survivor(), input.survivorVersion(), input.merged(), input.mergedVersion()));
  }

  @Override
  protected void absorb(LocationEntity survivor, LocationEntity merged) {
    if (survivor.latitude == null) {
      survivor.latitude = merged.latitude;
      survivor.longitude = merged.longitude;
    }
    if (survivor.parentKey == null && !survivor.id.equals(merged.parentKey)) {
      survivor.parentKey = merged.parentKey;
    }
    if (merged.id.equals(survivor.parentKey)) {
      survivor.parentKey = null;
    }
  }

  private Long parentKey(Problems problems, String parent) {
    return references.optionalKey(problems, parent, Location.TYPE, "input", "parent");
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
}
