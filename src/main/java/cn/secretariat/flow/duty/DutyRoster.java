package cn.secretariat.flow.duty;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The duty roster (值班表), one row per duty day in {@code sf_duty_roster} ({@code schema-duty.sql}): the officer
 * on duty, the leader in charge (带班领导; required on 节假日值守 days), the track the day had when it was saved,
 * and who saved it when. Runs inside the caller's transaction when there is one (the engine's, for a delegate).
 */
@Repository
public class DutyRoster {

  /** One duty day as saved. */
  public record Entry(LocalDate date, String track, String officerId, String leaderId, String updatedBy,
      Instant updatedAt) {
  }

  private static final RowMapper<Entry> ROW = (rs, n) -> new Entry(rs.getDate("duty_date").toLocalDate(),
      rs.getString("track"), rs.getString("officer_id"), rs.getString("leader_id"), rs.getString("updated_by"),
      rs.getTimestamp("updated_at").toInstant());

  private static final String COLUMNS = "duty_date, track, officer_id, leader_id, updated_by, updated_at";

  private final JdbcTemplate jdbc;

  public DutyRoster(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Entry> on(LocalDate date) {
    return jdbc.query("SELECT " + COLUMNS + " FROM sf_duty_roster WHERE duty_date = ?", ROW, Date.valueOf(date))
        .stream().findFirst();
  }

  /** The days in [from, to] that have an entry, in date order. */
  public List<Entry> between(LocalDate from, LocalDate to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM sf_duty_roster WHERE duty_date BETWEEN ? AND ? ORDER BY duty_date",
        ROW, Date.valueOf(from), Date.valueOf(to));
  }

  /** Saves the day, replacing what was there. */
  public void save(Entry entry) {
    int updated = jdbc.update("UPDATE sf_duty_roster SET track = ?, officer_id = ?, leader_id = ?, updated_by = ?, "
        + "updated_at = ? WHERE duty_date = ?", entry.track(), entry.officerId(), entry.leaderId(), entry.updatedBy(),
        Timestamp.from(entry.updatedAt()), Date.valueOf(entry.date()));
    if (updated == 0 && !insertIfAbsent(entry)) {
      save(entry);
    }
  }

  /** Inserts the day unless it already has an entry (e.g. the demo roster on a restart); true when inserted. */
  public boolean insertIfAbsent(Entry entry) {
    if (on(entry.date()).isPresent()) {
      return false;
    }
    try {
      return jdbc.update("INSERT INTO sf_duty_roster (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
          Date.valueOf(entry.date()), entry.track(), entry.officerId(), entry.leaderId(), entry.updatedBy(),
          Timestamp.from(entry.updatedAt())) == 1;
    } catch (DuplicateKeyException lostRace) {
      return false;
    }
  }
}
