package io.summitgraph.mentions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Read-only here: mentions are written by {@link MentionWriter}. */
@Entity
@Table(name = "mention")
public class MentionEntity {

  @Id public Long id;

  @Column(name = "source_id")
  public Long sourceKey;

  @Column(name = "start_offset")
  public Integer startOffset;

  @Column(name = "end_offset")
  public Integer endOffset;

  @Column(name = "text")
  public String text;

  @Column(name = "person_id")
  public Long personKey;

  @Column(name = "organization_id")
  public Long organizationKey;

  @Column(name = "country_id")
  public Long countryKey;

  @Column(name = "location_id")
  public Long locationKey;

  MentionSubjectKey subject() {
    if (personKey != null) {
      return new MentionSubjectKey(MentionSubjectKind.PERSON, personKey);
    }
    if (organizationKey != null) {
      return new MentionSubjectKey(MentionSubjectKind.ORGANIZATION, organizationKey);
    }
    if (countryKey != null) {
      return new MentionSubjectKey(MentionSubjectKind.COUNTRY, countryKey);
    }
    return new MentionSubjectKey(MentionSubjectKind.LOCATION, locationKey);
  }

  Long keyOf(MentionSubjectKind kind) {
    return switch (kind) {
      case PERSON -> personKey;
      case ORGANIZATION -> organizationKey;
      case COUNTRY -> countryKey;
      case LOCATION -> locationKey;
    };
  }
}
