package io.summitgraph.mentions;

import io.summitgraph.common.graphql.MentionSubject;
import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.graphql.NodeRegistry;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.sources.SourceIngested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

@ApplicationScoped
public class MentionService implements NodeLoader {

  @Inject MentionRepository repository;
  @Inject NodeRegistry nodes;
  @Inject EntityManager entityManager;

  public Map<Long, Mention> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Mention::from)
        .collect(Collectors.toMap(Mention::key, Function.identity()));
  }

  /** A page of each source's mentions, in text order, by source key. */
  public Map<Long, Page<Mention>> bySources(Collection<Long> sourceKeys, PageRequest request) {
    return mapPages(repository.pageBySource(sourceKeys, request));
  }

  /** A page of the mentions of each subject of one kind, by subject key. */
  public Map<Long, Page<Mention>> bySubjects(
      MentionSubjectKind kind, Collection<Long> subjectKeys, PageRequest request) {
    return mapPages(repository.pageBySubject(kind, subjectKeys, request));
  }

  /** The subjects the mentions name: one load per kind present. */
  public Map<MentionSubjectKey, MentionSubject> subjects(Collection<MentionSubjectKey> keys) {
    Map<MentionSubjectKind, List<Long>> byKind =
        keys.stream()
            .distinct()
            .collect(
                Collectors.groupingBy(
                    MentionSubjectKey::kind,
                    Collectors.mapping(MentionSubjectKey::key, Collectors.toList())));
    Map<MentionSubjectKey, MentionSubject> subjects = new HashMap<>();
    byKind.forEach(
        (kind, kindKeys) ->
            nodes
                .load(kind.nodeType, kindKeys)
                .forEach(
                    (key, node) ->
                        subjects.put(new MentionSubjectKey(kind, key), (MentionSubject) node)));
    return subjects;
  }

  /**
   * Links the mentions of a source, in the caller's transaction (the source must be written
   * already).
   *
   * @return the number of mentions written
   */
  /** Links the names of a newly ingested source, in its ingesting transaction. */
  void linkIngested(@Observes SourceIngested ingested) {
    link(ingested.sourceKey());
  }

  public int link(long sourceKey) {
    entityManager.flush();
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection ->
                MentionWriter.link(connection, sourceKey, MentionWriter.dictionary(connection)));
  }

  private static Map<Long, Page<Mention>> mapPages(Map<Long, Page<MentionEntity>> pages) {
    Map<Long, Page<Mention>> mapped = new HashMap<>();
    pages.forEach((key, page) -> mapped.put(key, page.map(Mention::from)));
    return mapped;
  }

  @Override
  public String nodeType() {
    return Mention.TYPE;
  }

  @Override
  public Map<Long, Mention> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
