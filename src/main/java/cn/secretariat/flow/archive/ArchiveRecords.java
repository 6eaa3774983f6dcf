package cn.secretariat.flow.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * {@code sf_archive_record} over JDBC, inside whatever transaction the caller holds (the engine's, for
 * listeners and delegates), so a record is written together with the step that produced it.
 */
@Repository
public class ArchiveRecords {

  /** A search: every criterion optional; {@code levels} are the 密级 the caller may see. */
  public record Query(String words, String number, Integer year, String category, String classification,
      Collection<String> levels, int page, int size) {
  }

  public record Page(long total, int page, int size, List<ArchiveRecord> items) {
  }

  private static final String COLUMNS = "id, source_process_key, source_instance_id, title, doc_number, source_org,"
      + " doc_type, urgency, classification, doc_date, doc_year, closed_at, opinions, category, retention,"
      + " archive_number, item_number, catalogue_notes, catalogued_by, catalogued_at, on_loan_instance_id";

  private static final RowMapper<ArchiveRecord> ROW = ArchiveRecords::map;

  private final JdbcTemplate jdbc;

  public ArchiveRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The record of a finished process instance, created once: a second call finds and returns the first. */
  public ArchiveRecord collect(ArchiveRecord.Collected c) {
    Optional<ArchiveRecord> existing = bySource(c.sourceInstanceId());
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.update("INSERT INTO sf_archive_record (source_process_key, source_instance_id, title, doc_number, source_org,"
        + " doc_type, urgency, classification, doc_date, doc_year, closed_at, opinions)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.sourceProcessKey(), c.sourceInstanceId(), c.title(),
        c.docNumber(), c.sourceOrg(), c.docType(), c.urgency(), c.classification(), Timestamp.from(c.docDate()),
        c.docYear(), Timestamp.from(c.closedAt()), c.opinions());
    return bySource(c.sourceInstanceId()).orElseThrow();
  }

  public Optional<ArchiveRecord> bySource(String sourceInstanceId) {
    return one("SELECT " + COLUMNS + " FROM sf_archive_record WHERE source_instance_id = ?", sourceInstanceId);
  }

  public Optional<ArchiveRecord> byId(long id) {
    return one("SELECT " + COLUMNS + " FROM sf_archive_record WHERE id = ?", id);
  }

  public Optional<ArchiveRecord> byArchiveNumber(String archiveNumber) {
    return one("SELECT " + COLUMNS + " FROM sf_archive_record WHERE archive_number = ?", archiveNumber);
  }

  void catalogue(long id, String category, String retention, String archiveNumber, int itemNumber, String notes,
      String by, Instant at) {
    jdbc.update("UPDATE sf_archive_record SET category = ?, retention = ?, archive_number = ?, item_number = ?,"
        + " catalogue_notes = ?, catalogued_by = ?, catalogued_at = ? WHERE id = ?", category, retention, archiveNumber,
        itemNumber, notes, by, Timestamp.from(at), id);
  }

  /** Marks the record lent to this loan, unless another loan holds it; true when this loan holds it now. */
  boolean claimLoan(long id, String loanInstanceId) {
    jdbc.update("UPDATE sf_archive_record SET on_loan_instance_id = ? WHERE id = ? AND on_loan_instance_id IS NULL",
        loanInstanceId, id);
    return loanInstanceId.equals(jdbc.queryForObject(
        "SELECT on_loan_instance_id FROM sf_archive_record WHERE id = ?", String.class, id));
  }

  void releaseLoan(long id, String loanInstanceId) {
    jdbc.update("UPDATE sf_archive_record SET on_loan_instance_id = NULL WHERE id = ? AND on_loan_instance_id = ?",
        id, loanInstanceId);
  }

  public Page search(Query q) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.levels().isEmpty()) {
      return new Page(0, q.page(), q.size(), List.of());
    }
    where.append(" AND classification IN (").append(String.join(", ", q.levels().stream().map(l -> "?").toList()))
        .append(")");
    args.addAll(q.levels());
    if (q.words() != null) {
      for (String word : q.words().strip().split("\\s+")) {
        if (!word.isEmpty()) {
          where.append(" AND title LIKE ? ESCAPE '\\'");
          args.add("%" + escape(word) + "%");
        }
      }
    }
    if (q.number() != null && !q.number().isBlank()) {
      where.append(" AND (doc_number LIKE ? ESCAPE '\\' OR archive_number LIKE ? ESCAPE '\\')");
      String like = "%" + escape(q.number().strip()) + "%";
      args.add(like);
      args.add(like);
    }
    if (q.year() != null) {
      where.append(" AND doc_year = ?");
      args.add(q.year());
    }
    if (q.category() != null && !q.category().isBlank()) {
      where.append(" AND category = ?");
      args.add(q.category().strip());
    }
    if (q.classification() != null && !q.classification().isBlank()) {
      where.append(" AND classification = ?");
      args.add(q.classification().strip());
    }
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM sf_archive_record" + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(q.size());
    pageArgs.add((long) q.page() * q.size());
    List<ArchiveRecord> items = jdbc.query("SELECT " + COLUMNS + " FROM sf_archive_record" + where
        + " ORDER BY doc_year DESC, id DESC LIMIT ? OFFSET ?", ROW, pageArgs.toArray());
    return new Page(total == null ? 0 : total, q.page(), q.size(), items);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private Optional<ArchiveRecord> one(String sql, Object arg) {
    return jdbc.query(sql, ROW, arg).stream().findFirst();
  }

  private static ArchiveRecord map(ResultSet rs, int row) throws SQLException {
    int item = rs.getInt("item_number");
    Integer itemNumber = rs.wasNull() ? null : item;
    return new ArchiveRecord(rs.getLong("id"), rs.getString("source_process_key"), rs.getString("source_instance_id"),
        rs.getString("title"), rs.getString("doc_number"), rs.getString("source_org"), rs.getString("doc_type"),
        rs.getString("urgency"), rs.getString("classification"), instant(rs, "doc_date"), rs.getInt("doc_year"),
        instant(rs, "closed_at"), rs.getString("opinions"), rs.getString("category"), rs.getString("retention"),
        rs.getString("archive_number"), itemNumber, rs.getString("catalogue_notes"), rs.getString("catalogued_by"),
        instant(rs, "catalogued_at"), rs.getString("on_loan_instance_id"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
