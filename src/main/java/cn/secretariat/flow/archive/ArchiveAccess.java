package cn.secretariat.flow.archive;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 电子借阅: a borrower's access to a record's electronic copy ({@code sf_archive_access}), granted at 交付 with
 * the loan's end as expiry, and revoked when the loan ends or the record is returned, whichever comes first.
 * Access counts only while the row is neither revoked nor expired, so it ends at the due time even before the
 * revoking job has run.
 */
@Component
public class ArchiveAccess {

  private final JdbcTemplate jdbc;

  public ArchiveAccess(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Grants once per loan; a repeated grant changes nothing. */
  void grant(String loanInstanceId, long recordId, String userId, Instant grantedAt, Instant expiresAt) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM sf_archive_access WHERE loan_instance_id = ?",
        Integer.class, loanInstanceId);
    if (rows != null && rows > 0) {
      return;
    }
    jdbc.update("INSERT INTO sf_archive_access (loan_instance_id, record_id, user_id, granted_at, expires_at)"
        + " VALUES (?, ?, ?, ?, ?)", loanInstanceId, recordId, userId, Timestamp.from(grantedAt),
        Timestamp.from(expiresAt));
  }

  /** Revokes the loan's access if still open; true when this call revoked it. */
  boolean revoke(String loanInstanceId, Instant at) {
    return jdbc.update("UPDATE sf_archive_access SET revoked_at = ? WHERE loan_instance_id = ? AND revoked_at IS NULL",
        Timestamp.from(at), loanInstanceId) > 0;
  }

  /** Whether the user may read the record's electronic copy at this moment. */
  public boolean hasAccess(String userId, long recordId, Instant now) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM sf_archive_access WHERE user_id = ? AND record_id = ?"
        + " AND revoked_at IS NULL AND expires_at > ?", Integer.class, userId, recordId, Timestamp.from(now));
    return rows != null && rows > 0;
  }
}
