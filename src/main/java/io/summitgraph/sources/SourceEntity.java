package io.summitgraph.sources;

import io.summitgraph.common.time.PartialDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "source")
public class SourceEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_id")
  @SequenceGenerator(name = "fact_id", sequenceName = "fact_id_seq", allocationSize = 1)
  public Long id;

  @Version public long version;

  @Column(name = "slug")
  public String slug;

  @Column(name = "title")
  public String title;

  @Column(name = "text")
  public String text;

  @Column(name = "url")
  public String url;

  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "published_on"))
  @AttributeOverride(name = "precision", column = @Column(name = "published_precision"))
  public PartialDate publishedOn;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "author_id")
  public Long authorKey;

  @Column(name = "publisher_id")
  public Long publisherKey;
}
