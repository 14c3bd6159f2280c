package db.migration;

import io.summitgraph.mentions.MentionWriter;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Links the mentions of the sources already stored (the seed articles) with the same linker that
 * ingestion uses: matching names across spelling variants is Java code, not SQL.
 */
public class V11__link_seed_mentions extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    List<Long> sources = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select id from source order by id")) {
      while (rows.next()) {
        sources.add(rows.getLong(1));
      }
    }
    var dictionary = MentionWriter.dictionary(connection);
    for (long source : sources) {
      MentionWriter.link(connection, source, dictionary);
    }
  }
}
