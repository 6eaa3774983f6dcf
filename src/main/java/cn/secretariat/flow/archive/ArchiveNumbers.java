package cn.secretariat.flow.archive;

import cn.secretariat.flow.document.SequenceRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 档号 {@code 全宗号-门类代码·年度-保管期限-机构代码-件号} (DA/T 22-2015), e.g. {@code J021-WS·2026-Y-BGT-0001}.
 * 件号 run per 全宗号, 年度 and 保管期限 without gaps: a number is taken inside the caller's (the engine's)
 * transaction under the sequence row's lock, so concurrent cataloguings wait in line, and a rolled-back one
 * gives its number back. A record that already has a 档号 keeps it (a repeated completion).
 */
@Component
public class ArchiveNumbers {

  public record Allocated(String archiveNumber, int itemNumber) {
  }

  private final JdbcTemplate jdbc;
  private final ArchiveProperties properties;
  private final SequenceRows sequenceRows;

  public ArchiveNumbers(JdbcTemplate jdbc, ArchiveProperties properties, SequenceRows sequenceRows) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.sequenceRows = sequenceRows;
  }

  /** The next 件号 for this year and retention period, under the sequence row's lock. */
  public Allocated next(int year, Archive.Retention retention) {
    String fonds = properties.fondsCode();
    ensureSequence(fonds, year, retention.code());
    jdbc.update("UPDATE sf_archive_number_sequence SET last_value = last_value + 1"
        + " WHERE fonds_code = ? AND archive_year = ? AND retention = ?", fonds, year, retention.code());
    Integer item = jdbc.queryForObject("SELECT last_value FROM sf_archive_number_sequence"
        + " WHERE fonds_code = ? AND archive_year = ? AND retention = ?", Integer.class, fonds, year, retention.code());
    return new Allocated(format(year, retention, item), item);
  }

  public String format(int year, Archive.Retention retention, int item) {
    return properties.fondsCode() + "-" + properties.categoryCode() + "\u00B7" + year + "-" + retention.code() + "-"
        + properties.organisationCode() + "-" + String.format("%04d", item);
  }

  private void ensureSequence(String fonds, int year, String retention) {
    sequenceRows.createIfAbsent("SELECT COUNT(*) FROM sf_archive_number_sequence"
        + " WHERE fonds_code = ? AND archive_year = ? AND retention = ?", "INSERT INTO sf_archive_number_sequence"
        + " (fonds_code, archive_year, retention, last_value) VALUES (?, ?, ?, 0)", fonds, year, retention);
  }
}
