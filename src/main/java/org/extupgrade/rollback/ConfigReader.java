package org.extupgrade.rollback;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.extupgrade.catalog.SqlResource;
import org.extupgrade.model.UserError;

/** Reads an installed extension's configuration relations and their data as a {@link Replay}. */
public final class ConfigReader {
  private static final String RELATIONS = sql("config_relations.sql");
  private static final String COLUMNS = sql("config_columns.sql");
  private static final String REFERENCES = sql("config_references.sql");

  private ConfigReader() {}

  /**
   * The replayable SQL of {@code extension}'s configuration data in the database of {@code c}.
   *
   * @throws UserError when the extension is not installed there
   */
  public static Replay read(Connection c, String extension) throws SQLException {
    String version = version(c, extension);
    List<ConfigRelation> relations = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(RELATIONS)) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long oid = rs.getLong(1);
          char kind = rs.getString(3).charAt(0);
          relations.add(
              new ConfigRelation(
                  oid,
                  rs.getString(2),
                  kind,
                  rs.getString(4).strip(),
                  kind == 'S' ? List.of() : columns(c, oid)));
        }
      }
    }
    Set<String> sequences =
        relations.stream()
            .filter(ConfigRelation::sequence)
            .map(ConfigRelation::name)
            .collect(Collectors.toSet());
    List<Replay.Part> parts = new ArrayList<>();
    for (ConfigRelation r : ReplayOrder.sort(relations, references(c, relations))) {
      parts.add(r.sequence() ? ReplayRows.sequence(c, r) : ReplayRows.table(c, r, sequences));
    }
    return new Replay(extension, version, parts);
  }

  /** The installed version of {@code extension}, or a user error saying it is not installed. */
  public static String version(Connection c, String extension) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT (SELECT extversion FROM pg_catalog.pg_extension WHERE extname = ?),"
                + " current_database()")) {
      ps.setString(1, extension);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        String v = rs.getString(1);
        if (v == null) {
          throw new UserError(
              "extension "
                  + extension
                  + " is not installed in database "
                  + rs.getString(2)
                  + " (see \\dx in psql)");
        }
        return v;
      }
    }
  }

  private static List<ConfigRelation.Column> columns(Connection c, long oid) throws SQLException {
    List<ConfigRelation.Column> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ConfigRelation.Column(
                  rs.getString(1),
                  rs.getBoolean(2),
                  rs.getBoolean(3),
                  rs.getInt(4),
                  rs.getBoolean(5),
                  rs.getString(6)));
        }
      }
    }
    return out;
  }

  /** For each relation's oid, the oids of the other relations its foreign keys reference. */
  private static Map<Long, List<Long>> references(Connection c, List<ConfigRelation> relations)
      throws SQLException {
    Map<Long, List<Long>> out = new TreeMap<>();
    Long[] oids = relations.stream().map(ConfigRelation::oid).toArray(Long[]::new);
    try (PreparedStatement ps = c.prepareStatement(REFERENCES)) {
      Array a = c.createArrayOf("int8", oids);
      ps.setArray(1, a);
      ps.setArray(2, a);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }
      }
    }
    return out;
  }

  private static String sql(String name) {
    return SqlResource.read(ConfigReader.class, name);
  }
}
