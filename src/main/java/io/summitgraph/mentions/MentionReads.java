package io.summitgraph.mentions;

import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import io.summitgraph.sources.Source;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * How the compiled read path reads mentions, a source's mentions, and where people, organizations,
 * countries and locations are mentioned (platform/compiler).
 */
@ApplicationScoped
class MentionReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    List<TypeReads> types = new ArrayList<>();
    types.add(
        TypeReads.of(Mention.TYPE, "mention")
            .columns("start", "start_offset", "end", "end_offset", "text", "text")
            .toOne("source", Source.TYPE, "source_id")
            .field("subject", subject()));
    types.add(
        TypeReads.extend(Source.TYPE)
            .paged(
                "mentions",
                PagedRead.of(
                    Mention.TYPE,
                    (arguments, source) ->
                        MentionRepository.queryBySource(source, arguments.page()))));
    for (MentionSubjectKind kind : MentionSubjectKind.values()) {
      types.add(
          TypeReads.extend(kind.nodeType)
              .paged(
                  "mentionedIn",
                  PagedRead.of(
                      Mention.TYPE,
                      (arguments, subject) ->
                          MentionRepository.queryBySubject(kind, subject, arguments.page()))));
    }
    return types;
  }

  /**
   * A mention's subject: the one of its subject columns that is set (one is, V10), in the order
   * MentionEntity.subject() looks at them.
   */
  private static FieldRead subject() {
    StringBuilder type = new StringBuilder("(case");
    List<String> keys = new ArrayList<>();
    for (MentionSubjectKind kind : MentionSubjectKind.values()) {
      String column = FieldRead.ROW + "." + kind.column;
      type.append(" when ")
          .append(column)
          .append(" is not null then '")
          .append(kind.nodeType)
          .append("'");
      keys.add(column);
    }
    type.append(" end)");
    return new FieldRead.OneOf(type.toString(), "coalesce(" + String.join(", ", keys) + ")");
  }
}
